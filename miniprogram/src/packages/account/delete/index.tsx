import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import Acknowledge from './Acknowledge'
import { deleteAccount } from '@/services/me'
import { ROUTES } from '@/routes'
import './index.scss'

const CONSEQUENCES = [
  '您的昵称、手机号等个人信息将被删除，无法恢复。',
  '您上报的事件会继续办理完毕，但办理记录不再与您的身份关联，您也无法再查看进度或评价。',
  '您在邻里互助中的积分、服务时长将一并清除。',
  '注销后再次用同一微信登录，将创建一个全新的账号。'
]

export default function DeleteAccount() {
  const [acknowledged, setAcknowledged] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  const ask = () => {
    if (!acknowledged) {
      Taro.showToast({ title: '请先确认已了解注销后果', icon: 'none' })
      return
    }
    setConfirming(true)
  }

  const confirm = async () => {
    setConfirming(false)
    setBusy(true)
    try {
      await deleteAccount()
      Taro.showToast({ title: '账号已注销', icon: 'success' })
      setTimeout(() => Taro.reLaunch({ url: ROUTES.mine }), 800)
    } catch (e) {
      // request() showed the reason
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page delete'>
      <View className='card'>
        <Text className='delete__title'>注销前请确认</Text>
        {CONSEQUENCES.map((c, i) => (
          <View key={c} className='delete__item'>
            <Text className='delete__no'>{i + 1}</Text>
            <Text className='delete__text'>{c}</Text>
          </View>
        ))}
      </View>
      <View className='delete__ack'>
        <Acknowledge checked={acknowledged} onChange={setAcknowledged} />
      </View>
      <Button id='delete-btn' block type='danger' loading={busy} disabled={busy} onClick={ask}>注销账号</Button>
      <Dialog
        visible={confirming}
        title='确认注销账号？'
        content='注销后个人信息将被删除且无法恢复。'
        confirmText='确认注销'
        cancelText='再想想'
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </View>
  )
}
