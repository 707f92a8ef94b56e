import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ROUTES } from '@/routes'
import './index.scss'

interface Props {
  checked: boolean
  onChange: (checked: boolean) => void
}

const open = (type: 'user' | 'privacy') => Taro.navigateTo({ url: `${ROUTES.agreement}?type=${type}` })

/** The consent line under the login button; unticked until the user ticks it. */
export default function AgreementConsent({ checked, onChange }: Props) {
  return (
    <View className='consent'>
      <View
        id='consent-check'
        className={`consent__box ${checked ? 'consent__box--on' : ''}`}
        role='checkbox'
        aria-checked={checked}
        onClick={() => onChange(!checked)}
      >
        {checked && <View className='consent__tick' />}
      </View>
      <View className='consent__text'>
        <Text onClick={() => onChange(!checked)}>我已阅读并同意</Text>
        <Text id='link-user-agreement' className='consent__link' onClick={() => open('user')}>《用户协议》</Text>
        <Text>和</Text>
        <Text id='link-privacy-policy' className='consent__link' onClick={() => open('privacy')}>《隐私政策》</Text>
      </View>
    </View>
  )
}
