import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { PHONE_PATTERN } from '@linli/config'
import type { PhoneCodeProps } from './index'
import './index.scss'

/**
 * The browser has no getPhoneNumber button. The server's WeChat sandbox turns the code
 * `phone:<number>` into that number, so the H5 build asks for the number directly.
 */
export default function PhoneCode({ onCode, busy }: PhoneCodeProps) {
  const [phone, setPhone] = useState('')
  const submit = () => {
    const n = phone.replace(/\s+/g, '')
    if (!PHONE_PATTERN.test(n)) {
      Taro.showToast({ title: '请输入正确的手机号', icon: 'none' })
      return
    }
    onCode(`phone:${n}`)
  }
  return (
    <View className='phone-code'>
      <View className='phone-code__field'>
        <Input
          id='phone-input'
          type='tel'
          maxLength={11}
          placeholder='请输入手机号'
          value={phone}
          onChange={v => setPhone(v)}
        />
      </View>
      <Text className='phone-code__hint'>浏览器演示环境：号码由微信沙箱直接确认</Text>
      <Button id='phone-submit-btn' block type='primary' loading={busy} disabled={busy} onClick={submit}>绑定手机号</Button>
    </View>
  )
}
