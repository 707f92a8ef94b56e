import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { DEMO_IDENTITIES, getDemoOpenid, ownOpenid, setDemoOpenid } from '@/adapters/demo-identity'
import './index.scss'

/** H5 only: picks the WeChat sandbox identity (code `demo:<openid>`) the login button will use. */
export default function DemoIdentityPicker() {
  const [openid, setOpenid] = useState(getDemoOpenid)
  const choose = (id: string) => {
    setOpenid(id)
    setDemoOpenid(id.trim())
  }
  const options = [...DEMO_IDENTITIES, { openid: ownOpenid(), label: '本机新用户' }]
  return (
    <View className='demo-id'>
      <Text className='demo-id__title'>浏览器演示：选择登录身份</Text>
      <View className='demo-id__chips'>
        {options.map(o => (
          <Text
            key={o.openid}
            id={`demo-id-${o.openid}`}
            className={`demo-id__chip ${o.openid === openid ? 'demo-id__chip--on' : ''}`}
            onClick={() => choose(o.openid)}
          >{o.label}</Text>
        ))}
      </View>
      <View className='demo-id__field'>
        <Text className='demo-id__prefix'>demo:</Text>
        <Input id='demo-openid' placeholder='openid' value={openid} onChange={v => choose(v)} />
      </View>
    </View>
  )
}
