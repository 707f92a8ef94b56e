import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import type { PhoneCodeProps } from './index'
import './index.scss'

/** WeChat's phone number button: the user picks a number in WeChat's own sheet, we get a one-time code. */
export default function PhoneCode({ onCode, busy }: PhoneCodeProps) {
  return (
    <Button
      id='phone-wechat-btn'
      className='phone-code__btn'
      openType='getPhoneNumber'
      loading={busy}
      disabled={busy}
      onGetPhoneNumber={e => {
        const code = (e.detail as { code?: string }).code
        if (code) onCode(code)
        else Taro.showToast({ title: '未获取到手机号，可稍后再绑定', icon: 'none' })
      }}
    >微信手机号快捷绑定</Button>
  )
}
