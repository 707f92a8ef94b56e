import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  title: string
  description?: string
}

/** Placeholder for a feature whose subpackage has not shipped yet. */
export default function ComingSoon({ title, description }: Props) {
  return (
    <View className='coming-soon'>
      <View className='coming-soon__badge'>即将上线</View>
      <Text className='coming-soon__title'>{title}</Text>
      {description && <Text className='coming-soon__desc'>{description}</Text>}
    </View>
  )
}
