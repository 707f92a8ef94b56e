import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { EventView, formatTime, myEvents } from '@/services/events'
import { useSession } from '@/store/session'
import { ROUTES } from '@/routes'
import { statusTone, warningText } from '../status'
import '../events.scss'

const PAGE_SIZE = 20

export default function MyEvents() {
  const { token } = useSession()
  const [items, setItems] = useState<EventView[]>([])
  const [total, setTotal] = useState(0)
  const [page, setPage] = useState(1)
  const [loading, setLoading] = useState(false)
  const [loaded, setLoaded] = useState(false)

  async function load(p: number) {
    if (!token || loading) return
    setLoading(true)
    try {
      const r = await myEvents(p, PAGE_SIZE)
      setItems(prev => (p === 1 ? r.items : prev.concat(r.items)))
      setTotal(r.total)
      setPage(p)
      setLoaded(true)
    } catch (e) {
      // toasted; a 401 goes to login
    } finally {
      setLoading(false)
      Taro.stopPullDownRefresh()
    }
  }

  useDidShow(() => { load(1) })
  usePullDownRefresh(() => { load(1) })
  useReachBottom(() => { if (items.length < total) load(page + 1) })

  if (!token) {
    return (
      <View className='page events'>
        <View className='card events__empty'>
          <Text>登录后查看您上报的问题</Text>
          <Button type='primary' onClick={() => Taro.navigateTo({ url: ROUTES.login })}>去登录</Button>
        </View>
      </View>
    )
  }

  return (
    <View className='page events'>
      {loaded && items.length === 0 && (
        <View id='events-empty' className='card events__empty'>
          <Text className='muted'>还没有报事记录</Text>
          <Button type='primary' onClick={() => Taro.switchTab({ url: ROUTES.report })}>去报事</Button>
        </View>
      )}
      {items.map(e => (
        <View
          key={e.id}
          id={`event-${e.id}`}
          className={`card event-card${e.warning ? ` event-card--${e.warning}` : ''}`}
          onClick={() => Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${e.id}` })}
        >
          <View className='event-card__head'>
            <Text className='event-card__cat'>{e.category.name}</Text>
            {e.warning && <Text className={`warn warn--${e.warning}`}>{warningText(e.warning)}</Text>}
            <Text className={`status-tag status-tag--${statusTone(e.status)}`}>{e.statusLabel}</Text>
          </View>
          <Text className='event-card__desc'>{e.description}</Text>
          <View className='event-card__foot'>
            <Text>{e.grid ? e.grid.name : e.address || '—'}</Text>
            <Text>{formatTime(e.createdAt)}</Text>
          </View>
        </View>
      ))}
      {items.length > 0 && (
        <Text className='events__more muted'>{loading ? '加载中…' : items.length < total ? '上拉加载更多' : `共 ${total} 条`}</Text>
      )}
    </View>
  )
}
