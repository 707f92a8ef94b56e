import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { geo } from '@/adapters/location'
import NearbyMap from '@/components/NearbyMap'
import { FINAL_STATUSES, NearbyEvent, followEvent, formatTime, nearbyEvents } from '@/services/events'
import { wgs84ToGcj02 } from '@/utils/coord'
import { ROUTES } from '@/routes'
import EventCard from '../EventCard'
import '../events.scss'

const RADII = [500, 1000, 3000]
const distance = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(1)} 公里` : `${m} 米`)

/** Public reports around me, on a map and in a list; "me too" follows one instead of reporting it again. */
export default function Nearby() {
  const [centre, setCentre] = useState<{ lng: number; lat: number } | null>(null)
  const [radius, setRadius] = useState(1000)
  const [items, setItems] = useState<NearbyEvent[]>([])
  const [followed, setFollowed] = useState<Record<number, boolean>>({})
  const [state, setState] = useState<'locating' | 'failed' | 'ready'>('locating')

  async function load(r = radius) {
    try {
      const here = await geo.getLocation()
      const [lng, lat] = here.coordType === 'wgs84' ? wgs84ToGcj02(here.longitude, here.latitude) : [here.longitude, here.latitude]
      setCentre({ lng, lat })
      setItems(await nearbyEvents(lng, lat, r))
      setState('ready')
    } catch (e) {
      setState(s => (s === 'ready' ? s : 'failed'))
    } finally {
      Taro.stopPullDownRefresh()
    }
  }

  useDidShow(() => { load() })
  usePullDownRefresh(() => { load() })

  const pickRadius = (r: number) => { setRadius(r); load(r) }
  const openEvent = (id: number) => Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${id}` })

  async function meToo(id: number) {
    try {
      await followEvent(id)
      setFollowed(f => ({ ...f, [id]: true }))
      Taro.showToast({ title: '已关注，办理进展会通知您', icon: 'none' })
    } catch (e) {
      // toasted
    }
  }

  if (state !== 'ready' || !centre) {
    return (
      <View className='page events'>
        <View className='card events__empty'>
          <Text className='muted'>{state === 'locating' ? '正在获取您的位置…' : '无法获取位置，请允许定位后下拉刷新'}</Text>
        </View>
      </View>
    )
  }

  return (
    <View className='page events'>
      <View className='tabs'>
        {RADII.map(r => (
          <Text key={r} id={`radius-${r}`} className={`tabs__tab${r === radius ? ' tabs__tab--on' : ''}`} onClick={() => pickRadius(r)}>
            {distance(r)}内
          </Text>
        ))}
      </View>
      <NearbyMap
        centre={centre}
        radius={radius}
        points={items.map(e => ({ id: e.id, lng: e.lng, lat: e.lat, label: e.category.name, done: FINAL_STATUSES.indexOf(e.status) >= 0 }))}
        onPick={openEvent}
      />
      {items.length === 0 && <View id='nearby-empty' className='card events__empty'><Text className='muted'>附近暂无公开的报事</Text></View>}
      {items.map(e => (
        <EventCard
          key={e.id}
          id={`nearby-${e.id}`}
          event={e}
          place={`${distance(e.metres)} · ${formatTime(e.createdAt)}`}
          action={FINAL_STATUSES.indexOf(e.status) < 0 ? (
            <Text
              id={`nearby-metoo-${e.id}`}
              className='nearby__metoo'
              onClick={ev => { ev.stopPropagation(); if (!followed[e.id]) meToo(e.id) }}
            >
              {followed[e.id] ? '已关注' : '我也遇到'}
            </Text>
          ) : null}
        />
      ))}
    </View>
  )
}
