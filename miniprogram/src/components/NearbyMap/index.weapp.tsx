import { Map } from '@tarojs/components'
import type { NearbyMapProps } from './index'

const SCALE: Record<number, number> = { 500: 16, 1000: 15, 3000: 13 }

/** WeChat: the native map (GCJ-02, as the server stores), one marker per report, a circle for the radius. */
export default function NearbyMap({ centre, radius, points, onPick }: NearbyMapProps) {
  return (
    <Map
      id='nearby-map'
      style={{ width: '100%', height: '520rpx', borderRadius: '16rpx' }}
      longitude={centre.lng}
      latitude={centre.lat}
      scale={SCALE[radius] || 15}
      showLocation
      markers={points.map(p => ({ id: p.id, longitude: p.lng, latitude: p.lat, width: 24, height: 34, title: p.label })) as any}
      circles={[{ longitude: centre.lng, latitude: centre.lat, radius, color: '#1677ff55', fillColor: '#1677ff11', strokeWidth: 1 }] as any}
      onMarkerTap={e => onPick(Number((e.detail as any).markerId))}
      onError={() => {}}
    />
  )
}
