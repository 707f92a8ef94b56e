import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { FeatureTile } from '@/features'
import './index.scss'

function open(tile: FeatureTile) {
  if (tile.tab) {
    Taro.switchTab({ url: tile.url })
    return
  }
  if (!tile.ready) {
    Taro.showToast({ title: `${tile.title}即将上线`, icon: 'none' })
    return
  }
  Taro.navigateTo({ url: tile.url })
}

export default function FeatureGrid({ tiles }: { tiles: readonly FeatureTile[] }) {
  return (
    <View className='tiles'>
      {tiles.map(t => (
        <View key={t.key} id={`tile-${t.key}`} className='tiles__item' onClick={() => open(t)}>
          <View className='tiles__glyph' style={{ background: t.color }}>
            <Text>{t.glyph}</Text>
          </View>
          <View className='tiles__text'>
            <Text className='tiles__title'>{t.title}</Text>
            <Text className='tiles__sub'>{t.subtitle}</Text>
          </View>
          {!t.ready && <Text className='tiles__soon'>即将上线</Text>}
        </View>
      ))}
    </View>
  )
}
