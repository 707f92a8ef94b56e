import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AGREEMENTS, AgreementType } from './texts'
import './index.scss'

export default function Agreement() {
  const { params } = useRouter()
  const type: AgreementType = params.type === 'privacy' ? 'privacy' : 'user'
  const doc = AGREEMENTS[type]

  useLoad(() => {
    Taro.setNavigationBarTitle({ title: doc.title })
  })

  return (
    <View className='page agreement'>
      <Text id='agreement-title' className='agreement__title'>{doc.title}</Text>
      <Text className='agreement__meta'>版本：{process.env.TARO_APP_AGREEMENT_VERSION} · 运营方：{doc.operator}</Text>
      {doc.sections.map(s => (
        <View key={s.heading} className='agreement__section'>
          <Text className='agreement__heading'>{s.heading}</Text>
          {s.paragraphs.map(p => <Text key={p} className='agreement__p'>{p}</Text>)}
        </View>
      ))}
    </View>
  )
}
