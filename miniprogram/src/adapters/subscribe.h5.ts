import Taro from '@tarojs/taro'
import { SubscribeAdapter } from './contracts'

/** The H5 preview stands in for WeChat's subscribe dialog (the sandbox then receives what is sent). */
export const subscribe: SubscribeAdapter = {
  async request(templates) {
    if (!templates.length) return []
    const res = await Taro.showModal({
      title: '消息订阅',
      content: `是否接收：${templates.map(t => t.title).join('、')}？（微信中为订阅消息）`,
      confirmText: '允许',
      cancelText: '拒绝'
    })
    return res.confirm ? templates.map(t => t.templateId) : []
  }
}
