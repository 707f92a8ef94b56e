import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { EventDetail, formatTime, workerTasks } from '@/services/events'
import { usePagedList } from '@/hooks/usePagedList'
import EventCard from '../EventCard'
import '../events.scss'

const PAGE_SIZE = 20
type Tab = 'todo' | 'done'
const TABS: { key: Tab; title: string }[] = [{ key: 'todo', title: '待办' }, { key: 'done', title: '已办' }]

/** The running deadline as the worker needs it: 签收 or 办结 by when. */
function dueText(e: EventDetail): string {
  if (e.status === 'assigned' && e.signDeadline) return `${formatTime(e.signDeadline)} 前签收`
  if (e.status === 'accepted' && e.handleDeadline) return `${formatTime(e.handleDeadline)} 前办结`
  return formatTime(e.createdAt)
}

const fetchTab = (tab: Tab) => (page: number) => workerTasks(tab, page, PAGE_SIZE)

/** Worker mode: events assigned to me, most urgent first (待办), and what left my hands (已办). */
export default function WorkerTodo() {
  const [tab, setTab] = useState<Tab>('todo')
  const { items, total, loading, loaded, restart } = usePagedList(fetchTab('todo'))

  const switchTo = (t: Tab) => {
    if (t === tab) return
    setTab(t)
    restart(fetchTab(t))
  }

  return (
    <View className='page events'>
      <View className='tabs'>
        {TABS.map(t => (
          <Text key={t.key} id={`tab-${t.key}`} className={`tabs__tab${t.key === tab ? ' tabs__tab--on' : ''}`} onClick={() => switchTo(t.key)}>
            {t.title}
            {t.key === tab && loaded ? <Text className='tabs__count'>{total}</Text> : null}
          </Text>
        ))}
      </View>
      {loaded && items.length === 0 && (
        <View id='todo-empty' className='card events__empty'>
          <Text className='muted'>{tab === 'todo' ? '暂无待办，辛苦了' : '还没有已办事件'}</Text>
        </View>
      )}
      {items.map(e => (
        <EventCard key={e.id} id={`task-${e.id}`} event={e} place={e.address || (e.grid ? e.grid.name : '—')} when={dueText(e)} late={e.warning === 'red'} />
      ))}
      {items.length > 0 && (
        <Text className='events__more muted'>{loading ? '加载中…' : items.length < total ? '上拉加载更多' : `共 ${total} 条`}</Text>
      )}
    </View>
  )
}
