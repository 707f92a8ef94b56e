import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import AgreementConsent from '@/components/AgreementConsent'
import DemoIdentityPicker from '@/components/DemoIdentityPicker'
import PrivacyPopup from '@/components/PrivacyPopup'
import { auth } from '@/adapters/auth'
import { loginWithCode } from '@/services/auth'
import { ApiError } from '@/services/request'
import { recordConsent } from '../consent'
import { ROUTES, TAB_PAGES } from '@/routes'
import './index.scss'

/** Back to where the user came from; a fresh start (no page below) lands on 我的. */
function leave() {
  const pages = Taro.getCurrentPages()
  if (pages.length > 1) {
    Taro.navigateBack()
    return
  }
  const redirect = decodeURIComponent((Taro.getCurrentInstance().router?.params.redirect as string) || '')
  if (redirect && TAB_PAGES.indexOf(redirect) < 0) Taro.redirectTo({ url: redirect })
  else Taro.switchTab({ url: redirect || ROUTES.mine })
}

export default function Login() {
  const [agreed, setAgreed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [shake, setShake] = useState(false)

  const login = async () => {
    if (!agreed) {
      Taro.showToast({ title: '请先阅读并同意用户协议和隐私政策', icon: 'none' })
      setShake(true)
      setTimeout(() => setShake(false), 600)
      return
    }
    setBusy(true)
    try {
      const code = await auth.getLoginCode()
      await loginWithCode(code)
      recordConsent()
      Taro.showToast({ title: '登录成功', icon: 'success' })
      setTimeout(leave, 600)
    } catch (e) {
      // API errors were already shown by request(); anything else comes from wx.login
      if (!(e instanceof ApiError)) Taro.showToast({ title: '微信登录失败，请重试', icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page login'>
      <View className='login__brand'>
        <View className='login__logo'><Text>邻</Text></View>
        <Text className='login__name'>邻里</Text>
        <Text className='login__tagline'>网格化社会治理 · 共建共治共享</Text>
      </View>

      <DemoIdentityPicker />

      <Button id='login-btn' type='primary' block size='large' loading={busy} disabled={busy} onClick={login}>
        微信一键登录
      </Button>
      <View className={`login__consent ${shake ? 'login__consent--shake' : ''}`}>
        <AgreementConsent checked={agreed} onChange={setAgreed} />
      </View>
      <Text className='login__note muted'>
        登录即使用微信身份注册邻里账号。我们不会获取您的微信头像、好友等信息；手机号仅在您主动绑定时获取。
      </Text>
      <PrivacyPopup />
    </View>
  )
}
