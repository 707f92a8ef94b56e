import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { InboxMessage, fetchMessages, markAllRead, markRead } from '@/services/messages'
import { formatTime } from '@/services/events'
import { ROUTES } from '@/routes'
import { usePagedList } from '@/hooks/usePagedList'
import './index.scss'

const PAGE_SIZE = 20

/** The in-app message centre: status changes, replies and new tasks, newest first. */
export default function Messages() {
  const { items, setItems, total, loading, loaded, response } = usePagedList((page: number) => fetchMessages(page, PAGE_SIZE))
  // read locally since the last load (the list is not refetched for that)
  const [readNow, setReadNow] = useState(0)
  const unread = response ? Math.max(0, response.unread - readNow) : 0
  useDidShow(() => setReadNow(0))

  async function open(m: InboxMessage) {
    if (!m.read) {
      setItems(list => list.map(x => (x.id === m.id ? { ...x, read: true } : x)))
      setReadNow(n => n + 1)
      markRead(m.id).catch(() => {})
    }
    if (m.eventId) Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${m.eventId}` })
  }

  async function readAll() {
    try {
      await markAllRead()
      setItems(list => list.map(x => ({ ...x, read: true })))
      setReadNow(unread + readNow)
    } catch (e) {
      // toasted
    }
  }

  return (
    <View className='page messages'>
      <View className='messages__bar'>
        <Text id='messages-unread' className='muted'>{unread ? `${unread} 条未读` : '没有未读消息'}</Text>
        {unread > 0 && <Text id='messages-read-all' className='messages__all' onClick={readAll}>全部已读</Text>}
      </View>
      {loaded && items.length === 0 && (
        <View id='messages-empty' className='card messages__empty'><Text className='muted'>暂无消息</Text></View>
      )}
      {items.map(m => (
        <View key={m.id} id={`message-${m.id}`} className={`card messages__item${m.read ? '' : ' messages__item--unread'}`} onClick={() => open(m)}>
          <View className='messages__head'>
            {!m.read && <View className='messages__dot' />}
            <Text className='messages__title'>{m.title}</Text>
            <Text className='messages__at muted'>{formatTime(m.createdAt)}</Text>
          </View>
          <Text className='messages__body'>{m.body}</Text>
        </View>
      ))}
      {items.length > 0 && (
        <Text className='messages__more muted'>{loading ? '加载中…' : items.length < total ? '上拉加载更多' : `共 ${total} 条`}</Text>
      )}
    </View>
  )
}
