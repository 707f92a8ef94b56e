import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { QuestionResult } from '@linli/config'
import { surveyResults } from '@/services/surveys'
import '../surveys.scss'

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '—' : Number(n.toFixed(digits)).toString())

/** Public results: counts and shares per option, averages; free text is not published to residents. */
export default function SurveyResults() {
  const id = Number(useRouter().params.id)
  const [r, setR] = useState<{ responses: number; questions: QuestionResult[] } | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => { if (id) surveyResults(id).then(setR, () => setFailed(true)) }, [id])

  if (!r) return <View className='page surveys'><Text className='surveys__more muted'>{failed ? '暂不能查看结果' : '加载中…'}</Text></View>

  return (
    <View className='page surveys'>
      <View className='card'>
        <Text id='results-total' className='section-title'>共 {r.responses} 人参与</Text>
      </View>
      {r.questions.map((q, i) => (
        <View key={q.id} id={`result-${q.id}`} className='card'>
          <Text className='question__title'>{i + 1}. {q.title}</Text>
          <Text className='surveys__note muted'>{q.answered} 人作答</Text>
          {q.options && q.options.map(o => (
            <View key={o.id} id={`result-${q.id}-${o.id}`} className='result__row'>
              <View className='result__label'>
                <Text>{o.label}</Text>
                <Text className='muted'>{o.count} 票 · {fmt(o.percent)}%</Text>
              </View>
              <View className='result__bar'><View className='result__fill' style={{ width: `${Math.min(100, o.percent)}%` }} /></View>
            </View>
          ))}
          {(q.type === 'rating' || q.type === 'number') && (
            <Text id={`result-${q.id}-average`} className='result__figure'>平均 {fmt(q.average, 2)}{q.type === 'rating' ? ' 分' : ''}</Text>
          )}
          {q.type === 'date' && q.earliest ? <Text className='result__figure'>{q.earliest} 至 {q.latest}</Text> : null}
          {q.type === 'text' && <Text className='surveys__note muted'>文字回答由社区查看，不公开展示</Text>}
        </View>
      ))}
    </View>
  )
}
