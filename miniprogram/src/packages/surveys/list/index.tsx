import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { SurveyList as SurveyPage, SurveyView, listSurveys } from '@/services/surveys'
import { usePagedList } from '@/hooks/usePagedList'
import { formatTime } from '@/services/events'
import { ROUTES } from '@/routes'
import '../surveys.scss'

const PAGE_SIZE = 20
type Tab = 'open' | 'ended'
const TABS: { key: Tab; title: string }[] = [{ key: 'open', title: '进行中' }, { key: 'ended', title: '已结束' }]

const fetchTab = (tab: Tab) => (page: number): Promise<SurveyPage> => listSurveys(tab, page, PAGE_SIZE)

/** Surveys addressed to the resident's community: open ones to answer, ended ones for their results. */
export default function SurveyList() {
  const [tab, setTab] = useState<Tab>('open')
  const { items, total, loading, loaded, response, restart } = usePagedList(fetchTab('open'))
  const community = response && response.community ? response.community.name : null

  const switchTo = (t: Tab) => {
    if (t === tab) return
    setTab(t)
    restart(fetchTab(t))
  }

  const open = (s: SurveyView) => {
    const url = !s.answered && s.state === 'open' ? ROUTES.surveyAnswer : s.resultsAvailable ? ROUTES.surveyResults : ROUTES.surveyAnswer
    Taro.navigateTo({ url: `${url}?id=${s.id}` })
  }

  return (
    <View className='page surveys'>
      {community && <Text id='surveys-community' className='surveys__community muted'>{community}的问卷</Text>}
      <View className='tabs'>
        {TABS.map(t => (
          <Text key={t.key} id={`survey-tab-${t.key}`} className={`tabs__tab${t.key === tab ? ' tabs__tab--on' : ''}`} onClick={() => switchTo(t.key)}>{t.title}</Text>
        ))}
      </View>
      {loaded && items.length === 0 && (
        <View id='surveys-empty' className='card surveys__empty'>
          <Text className='muted'>{community ? '暂时没有问卷' : '上报过问题后，这里会显示您所在社区的问卷'}</Text>
        </View>
      )}
      {items.map(s => (
        <View key={s.id} id={`survey-${s.id}`} className='card survey-card' onClick={() => open(s)}>
          <View className='survey-card__head'>
            <Text className='survey-card__title'>{s.title}</Text>
            <Text className={`survey-card__state${s.answered ? ' survey-card__state--done' : ''}`}>{s.answered ? '已参与' : s.stateLabel}</Text>
          </View>
          {s.description ? <Text className='survey-card__desc'>{s.description}</Text> : null}
          <View className='survey-card__foot muted'>
            <Text>{s.questionCount} 题{s.anonymous ? ' · 匿名' : ''}</Text>
            <Text>{s.endsAt ? `截止 ${formatTime(s.endsAt)}` : '长期有效'}</Text>
          </View>
        </View>
      ))}
      {items.length > 0 && (
        <Text className='surveys__more muted'>{loading ? '加载中…' : items.length < total ? '上拉加载更多' : `共 ${total} 份`}</Text>
      )}
    </View>
  )
}
