import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EventDetail, formatTime, workerTasks } from '@/services/events'
import { usePagedList } from '@/hooks/usePagedList'
import { ROUTES } from '@/routes'
import { statusTone, warningText } from '../status'
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
        <View
          key={e.id}
          id={`task-${e.id}`}
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
            <Text>{e.address || (e.grid ? e.grid.name : '—')}</Text>
            <Text className={e.warning === 'red' ? 'event-card__due--late' : ''}>{dueText(e)}</Text>
          </View>
        </View>
      ))}
      {items.length > 0 && (
        <Text className='events__more muted'>{loading ? '加载中…' : items.length < total ? '上拉加载更多' : `共 ${total} 条`}</Text>
      )}
    </View>
  )
}
