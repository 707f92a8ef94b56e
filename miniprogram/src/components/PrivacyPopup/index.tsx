import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { answerPrivacy, onPrivacyRequest, openPrivacyContract } from '@/services/privacy'
import './index.scss'

const AGREE_BUTTON_ID = 'privacy-agree-btn'

/**
 * WeChat's privacy consent sheet. Put it on every page that calls a privacy API; it shows itself
 * when WeChat asks (see services/privacy.weapp.ts) and never on H5.
 */
export default function PrivacyPopup() {
  const [visible, setVisible] = useState(false)

  useEffect(() => onPrivacyRequest(() => setVisible(true)), [])

  if (!visible) return null
  const answer = (agreed: boolean) => {
    setVisible(false)
    answerPrivacy(agreed, AGREE_BUTTON_ID)
  }
  return (
    <View className='privacy-popup'>
      <View className='privacy-popup__sheet'>
        <Text className='privacy-popup__title'>隐私保护提示</Text>
        <View className='privacy-popup__body'>
          <Text>在使用相关功能前，请您仔细阅读</Text>
          <Text className='privacy-popup__link' onClick={openPrivacyContract}>《邻里小程序隐私保护指引》</Text>
          <Text>。我们仅在您使用对应功能时收集必要信息，用于网格事务办理。如您同意，请点击“同意”开始使用。</Text>
        </View>
        <View className='privacy-popup__actions'>
          <Button className='privacy-popup__btn' onClick={() => answer(false)}>拒绝</Button>
          <Button
            id={AGREE_BUTTON_ID}
            className='privacy-popup__btn privacy-popup__btn--primary'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answer(true)}
          >同意</Button>
        </View>
      </View>
    </View>
  )
}
