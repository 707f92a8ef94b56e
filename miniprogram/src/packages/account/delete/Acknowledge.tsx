import { Text, View } from '@tarojs/components'
import '@/components/AgreementConsent/index.scss'

interface Props {
  checked: boolean
  onChange: (checked: boolean) => void
}

/** "I understand" tick box; same look as the login consent line. */
export default function Acknowledge({ checked, onChange }: Props) {
  return (
    <View className='consent' onClick={() => onChange(!checked)}>
      <View id='delete-ack' className={`consent__box ${checked ? 'consent__box--on' : ''}`} role='checkbox' aria-checked={checked}>
        {checked && <View className='consent__tick' />}
      </View>
      <Text className='consent__text'>我已阅读并了解注销账号的后果</Text>
    </View>
  )
}
