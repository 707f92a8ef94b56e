import { Text, View } from '@tarojs/components'
import './index.scss'

export interface NearbyPoint { id: number; lng: number; lat: number; label: string; done: boolean }

export interface NearbyMapProps {
  centre: { lng: number; lat: number }
  radius: number
  points: NearbyPoint[]
  onPick: (id: number) => void
}

const M_PER_DEG_LAT = 111320

/**
 * Browser preview (no map tiles can be fetched here): a plan of the circle around the user, each
 * report drawn at its true bearing and distance. The WeChat build draws a real map (index.weapp.tsx).
 */
export default function NearbyMap({ centre, radius, points, onPick }: NearbyMapProps) {
  const mPerDegLng = M_PER_DEG_LAT * Math.cos((centre.lat * Math.PI) / 180)
  const place = (p: NearbyPoint) => {
    const dx = ((p.lng - centre.lng) * mPerDegLng) / radius
    const dy = ((p.lat - centre.lat) * M_PER_DEG_LAT) / radius
    return { left: `${50 + Math.max(-1, Math.min(1, dx)) * 46}%`, top: `${50 - Math.max(-1, Math.min(1, dy)) * 46}%` }
  }
  return (
    <View id='nearby-map' className='nearby-map'>
      <View className='nearby-map__ring' />
      <View className='nearby-map__ring nearby-map__ring--half' />
      <Text className='nearby-map__me' style={{ left: '50%', top: '50%' }}>我</Text>
      {points.map(p => (
        <View
          key={p.id}
          id={`pin-${p.id}`}
          className={`nearby-map__pin${p.done ? ' nearby-map__pin--done' : ''}`}
          style={place(p)}
          onClick={() => onPick(p.id)}
        />
      ))}
      <Text className='nearby-map__scale muted'>半径 {radius >= 1000 ? `${radius / 1000} 公里` : `${radius} 米`}</Text>
    </View>
  )
}
