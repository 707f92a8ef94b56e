import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { AnswerValue, SurveyQuestion } from '@linli/config'

const TYPE_HINT: Record<string, string> = { single: '单选', multiple: '多选', text: '填空', rating: '评分', number: '数字', date: '日期' }
const STARS = [1, 2, 3, 4, 5]

interface Props {
  q: SurveyQuestion
  index: number
  value: AnswerValue | undefined
  error?: string
  onChange: (v: AnswerValue | undefined) => void
}

/** One question of the form, in the widget its type calls for. */
export default function QuestionField({ q, index, value, error, onChange }: Props) {
  const picked = (id: string) => (Array.isArray(value) ? value.indexOf(id) >= 0 : value === id)
  const toggle = (id: string) => {
    const list = Array.isArray(value) ? value : []
    const next = list.indexOf(id) >= 0 ? list.filter(x => x !== id) : list.concat([id])
    onChange(next.length ? next : undefined)
  }
  const range = q.type === 'number' && (q.min !== undefined || q.max !== undefined)
    ? `（${q.min !== undefined ? q.min : '不限'} – ${q.max !== undefined ? q.max : '不限'}）` : ''

  return (
    <View id={`question-${q.id}`} className={`card question${error ? ' question--error' : ''}`}>
      <Text className='question__title'>
        {index + 1}. {q.title}
        {q.required ? <Text className='question__required'>*</Text> : null}
        <Text className='question__type'>{TYPE_HINT[q.type]}{range}</Text>
      </Text>
      {(q.type === 'single' || q.type === 'multiple') && (
        <View className='question__options'>
          {(q.options || []).map(o => (
            <Text
              key={o.id}
              id={`q-${q.id}-${o.id}`}
              className={`question__option${picked(o.id) ? ' question__option--on' : ''}`}
              onClick={() => (q.type === 'single' ? onChange(o.id) : toggle(o.id))}
            >
              {q.type === 'single' ? (picked(o.id) ? '◉ ' : '○ ') : (picked(o.id) ? '☑ ' : '☐ ')}{o.label}
            </Text>
          ))}
        </View>
      )}
      {q.type === 'rating' && (
        <View className='stars'>
          {STARS.map(n => (
            <Text key={n} id={`q-${q.id}-star-${n}`} className={`stars__star${typeof value === 'number' && n <= value ? ' stars__star--on' : ''}`} onClick={() => onChange(n)}>★</Text>
          ))}
        </View>
      )}
      {q.type === 'text' && (
        <Textarea
          id={`q-${q.id}-text`}
          className='question__input question__text'
          value={typeof value === 'string' ? value : ''}
          maxlength={500}
          placeholder='请填写'
          onInput={e => onChange(e.detail.value ? e.detail.value : undefined)}
        />
      )}
      {q.type === 'number' && (
        <Input
          id={`q-${q.id}-number`}
          className='question__input'
          type='digit'
          value={typeof value === 'number' ? String(value) : ''}
          placeholder='请输入数字'
          onInput={e => {
            const t = e.detail.value.trim()
            onChange(t === '' ? undefined : isFinite(Number(t)) ? Number(t) : (t as AnswerValue))
          }}
        />
      )}
      {q.type === 'date' && (
        <Picker mode='date' value={typeof value === 'string' ? value : ''} onChange={e => onChange(e.detail.value)}>
          <View id={`q-${q.id}-date`} className='question__input'>{typeof value === 'string' ? value : '请选择日期'}</View>
        </Picker>
      )}
      {error ? <Text className='question__error'>{error}</Text> : null}
    </View>
  )
}
