import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import PhoneCode from '@/components/PhoneCode'
import PrivacyPopup from '@/components/PrivacyPopup'
import { bindPhone } from '@/services/auth'
import { useSession } from '@/store/session'
import './index.scss'

export default function BindPhone() {
  const { profile } = useSession()
  const [busy, setBusy] = useState(false)

  const onCode = async (code: string) => {
    setBusy(true)
    try {
      await bindPhone(code)
      Taro.showToast({ title: '手机号已绑定', icon: 'success' })
      setTimeout(() => Taro.navigateBack(), 800)
    } catch (e) {
      // request() already showed the server's message
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page phone'>
      <View className='card'>
        <Text className='phone__title'>{profile && profile.phoneBound ? '更换手机号' : '绑定手机号'}</Text>
        {profile && profile.phoneMasked && (
          <Text id='phone-current' className='phone__current'>当前号码：{profile.phoneMasked}</Text>
        )}
        <Text className='phone__why muted'>
          绑定后，处理您所报事件的网格员可以联系您核实情况。号码加密保存，工作人员只能看到部分号码。
        </Text>
        <PhoneCode onCode={onCode} busy={busy} />
      </View>
      <PrivacyPopup />
    </View>
  )
}
