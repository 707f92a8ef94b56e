import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AnswerValue, checkAnswers, SurveyQuestion } from '@linli/config'
import { SurveyDetail, submitSurvey, surveyDetail } from '@/services/surveys'
import { ApiError } from '@/services/request'
import { formatTime } from '@/services/events'
import { ROUTES } from '@/routes'
import QuestionField from './QuestionField'
import '../surveys.scss'

/** The answer as shown back to the resident (named surveys keep it; anonymous ones cannot). */
function answerText(q: SurveyQuestion, v: AnswerValue | undefined): string {
  if (v === undefined) return '未作答'
  const label = (id: string) => ((q.options || []).find(o => o.id === id) || { label: id }).label
  if (q.type === 'single') return label(v as string)
  if (q.type === 'multiple') return (v as string[]).map(label).join('、')
  if (q.type === 'rating') return `${v} 分`
  return String(v)
}

export default function SurveyAnswer() {
  const id = Number(useRouter().params.id)
  const [s, setS] = useState<SurveyDetail | null>(null)
  const [failed, setFailed] = useState(false)
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  const load = () => surveyDetail(id).then(setS, () => setFailed(true))
  useEffect(() => { if (id) load() }, [id])

  if (!s) return <View className='page surveys'><Text className='surveys__more muted'>{failed ? '无法查看该问卷' : '加载中…'}</Text></View>

  const set = (qid: string, v: AnswerValue | undefined) => {
    setAnswers(a => {
      const next = { ...a }
      if (v === undefined) delete next[qid]
      else next[qid] = v
      return next
    })
    setErrors(e => ({ ...e, [qid]: '' }))
  }

  const showProblem = (field: string, message: string) => {
    const qid = field.replace(/^answers\./, '')
    setErrors({ [qid]: message })
    Taro.showToast({ title: message, icon: 'none' })
    Taro.pageScrollTo({ selector: `#question-${qid}`, duration: 200 }).catch(() => {})
  }

  async function submit() {
    if (busy || !s) return
    // the same rules the server enforces, so most mistakes are named before anything is sent
    const checked = checkAnswers(s.questions, answers)
    if (!checked.ok) { showProblem(checked.problem.field, checked.problem.message); return }
    setBusy(true)
    try {
      await submitSurvey(s.id, checked.value)
      Taro.showToast({ title: '提交成功，感谢参与', icon: 'success' })
      await load()
    } catch (e) {
      const err = e as ApiError
      if (err.field && err.field.indexOf('answers') === 0) showProblem(err.field, err.message)
      else {
        Taro.showToast({ title: err.message, icon: 'none' })
        if (err.code === 'ALREADY_ANSWERED') load()
      }
    } finally {
      setBusy(false)
    }
  }

  const canAnswer = !s.answered && s.state === 'open'
  return (
    <View className='page surveys'>
      <View className='card'>
        <Text id='survey-title' className='survey-card__title'>{s.title}</Text>
        {s.description ? <Text className='survey-card__desc'>{s.description}</Text> : null}
        <Text className='surveys__note muted'>
          {s.anonymous ? '匿名问卷：答案不与您的身份关联' : '实名问卷：社区可看到您的答案'}
          {s.endsAt ? ` · 截止 ${formatTime(s.endsAt)}` : ''}
        </Text>
        {!canAnswer && (
          <Text id='survey-status' className='surveys__note'>
            {s.answered ? '您已提交过这份问卷' : `问卷${s.stateLabel}，不能再作答`}
          </Text>
        )}
      </View>

      {canAnswer && s.questions.map((q, i) => (
        <QuestionField key={q.id} q={q} index={i} value={answers[q.id]} error={errors[q.id]} onChange={v => set(q.id, v)} />
      ))}
      {canAnswer && (
        <View className='surveys__submit'>
          <Button id='survey-submit' type='primary' block disabled={busy} onClick={submit}>提交问卷</Button>
        </View>
      )}

      {s.answered && s.myAnswers && (
        <View id='survey-my-answers' className='card'>
          <Text className='section-title'>我的答案</Text>
          {s.questions.map((q, i) => (
            <View key={q.id} className='result__row'>
              <Text className='question__title'>{i + 1}. {q.title}</Text>
              <Text className='question__answer'>{answerText(q, s.myAnswers![q.id])}</Text>
            </View>
          ))}
        </View>
      )}
      {s.resultsAvailable && (
        <View className='surveys__submit'>
          <Button id='survey-results-btn' block fill='outline' type='primary' onClick={() => Taro.navigateTo({ url: `${ROUTES.surveyResults}?id=${s.id}` })}>查看统计结果</Button>
        </View>
      )}
    </View>
  )
}
