import { Text } from '@tarojs/components'

export interface PhoneCodeProps {
  /** Receives the code for POST /api/auth/phone. */
  onCode: (code: string) => void
  busy?: boolean
}

/** Fallback for platforms without index.<platform>.tsx. */
export default function PhoneCode(_props: PhoneCodeProps) {
  return <Text>当前环境不支持绑定手机号</Text>
}
