import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatTime, myEvents } from '@/services/events'
import { useSession } from '@/store/session'
import { usePagedList } from '@/hooks/usePagedList'
import { ROUTES } from '@/routes'
import EventCard from '../EventCard'
import '../events.scss'

const PAGE_SIZE = 20

export default function MyEvents() {
  const { token } = useSession()
  const { items, total, loading, loaded } = usePagedList((page: number) => myEvents(page, PAGE_SIZE), !!token)

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
        <EventCard key={e.id} id={`event-${e.id}`} event={e} place={e.grid ? e.grid.name : e.address || '—'} when={formatTime(e.createdAt)} />
      ))}
      {items.length > 0 && (
        <Text className='events__more muted'>{loading ? '加载中…' : items.length < total ? '上拉加载更多' : `共 ${total} 条`}</Text>
      )}
    </View>
  )
}
