import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import AuthImage from '@/components/AuthImage'
import { EventDetail as Detail, FINAL_STATUSES, eventAction, eventDetail, formatTime, remindEvent } from '@/services/events'
import { statusTone, warningText } from '../status'
import WorkerPanel from './WorkerPanel'
import '../events.scss'

const STARS = [1, 2, 3, 4, 5]
const STAR_TEXT = ['', '非常不满意', '不满意', '一般', '满意', '非常满意']

export default function EventDetailPage() {
  const id = Number(useRouter().params.id)
  const [ev, setEv] = useState<Detail | null>(null)
  const [failed, setFailed] = useState(false)
  const [rating, setRating] = useState(0)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [shown, setShown] = useState<Record<string, string>>({})

  const load = () => eventDetail(id).then(d => { setEv(d); setFailed(false) }, () => setFailed(true))
  useEffect(() => { if (id) load() }, [id])

  async function run(fn: () => Promise<Detail>, ok: string) {
    if (busy) return
    setBusy(true)
    try {
      setEv(await fn())
      Taro.showToast({ title: ok, icon: 'success' })
    } catch (e) {
      // toasted
    } finally {
      setBusy(false)
    }
  }

  if (!ev) {
    return <View className='page events'><Text className='events__more muted'>{failed ? '无法查看该事件' : '加载中…'}</Text></View>
  }

  // a resident's view says how they relate to the event; the staff view (worker mode) carries the owner instead
  const worker = !ev.relation && !!ev.target
  const open = FINAL_STATUSES.indexOf(ev.status) < 0
  const canEvaluate = ev.status === 'closed'
  const shownRating = canEvaluate ? rating : ev.rating || 0
  const canReopen = (ev.status === 'closed' || ev.status === 'evaluated') && (ev.reopenCount || 0) < 1 && shownRating > 0 && shownRating <= 2
  const previewUrls = ev.photos.map(p => shown[p.url]).filter(Boolean)

  const evaluate = () => {
    if (!rating) { Taro.showToast({ title: '请先选择评分', icon: 'none' }); return }
    run(() => eventAction(ev.id, { action: 'evaluate', rating, note: comment.trim() || undefined }), '感谢您的评价')
  }
  const reopen = () => {
    if (!comment.trim()) { Taro.showToast({ title: '请在评价中说明需要重新办理的原因', icon: 'none' }); return }
    run(() => eventAction(ev.id, { action: 'reopen', rating: shownRating, note: comment.trim() }), '已申请重新办理')
  }

  return (
    <View className='page events'>
      <View className='card'>
        <View className='event-card__head'>
          <Text id='detail-category' className='event-card__cat'>{ev.category.name}</Text>
          {ev.warning && <Text className={`warn warn--${ev.warning}`}>{warningText(ev.warning)}</Text>}
          <Text id='detail-status' className={`status-tag status-tag--${statusTone(ev.status)}`}>{ev.statusLabel}</Text>
        </View>
        <Text className='detail__no muted'>编号 {ev.no} · {formatTime(ev.createdAt)}</Text>
        <Text id='detail-desc' className='detail__desc'>{ev.description}</Text>
        {ev.photos.length > 0 && (
          <View className='detail__photos'>
            {ev.photos.map(p => (
              <AuthImage
                key={p.id}
                className='detail__photo'
                url={p.url}
                onLoaded={src => setShown(s => ({ ...s, [p.url]: src }))}
                onClick={src => Taro.previewImage({ current: src, urls: previewUrls.length ? previewUrls : [src] }).catch(() => {})}
              />
            ))}
          </View>
        )}
        <Text className='detail__place muted'>
          {[ev.address, ev.grid && `网格：${ev.grid.name}`, ev.community && ev.community.name, ev.street && ev.street.name].filter(Boolean).join(' · ') || '—'}
        </Text>
        {ev.rating ? <Text className='detail__rating'>{worker ? '群众评价' : '我的评价'}：{'★'.repeat(ev.rating)}{ev.ratingComment ? ` ${ev.ratingComment}` : ''}</Text> : null}
      </View>

      {worker && <WorkerPanel ev={ev} onChanged={setEv} onStale={load} />}

      {open && !worker && (
        <Button id='detail-remind' block fill='outline' type='primary' disabled={busy} onClick={() => run(() => remindEvent(ev.id), '已催办')}>
          催办
        </Button>
      )}

      {!worker && (canEvaluate || canReopen) && (
        <View id='detail-evaluate' className='card detail__evaluate'>
          <Text className='section-title'>{canEvaluate ? '评价办理结果' : '对结果不满意？'}</Text>
          {canEvaluate && (
            <View className='stars'>
              {STARS.map(n => (
                <Text key={n} id={`star-${n}`} className={`stars__star${n <= rating ? ' stars__star--on' : ''}`} onClick={() => setRating(n)}>★</Text>
              ))}
              <Text className='stars__text muted'>{STAR_TEXT[rating]}</Text>
            </View>
          )}
          <Textarea
            id='detail-comment'
            className='detail__comment'
            value={comment}
            maxlength={500}
            placeholder={canReopen ? '请说明不满意的原因（申请重新办理时必填）' : '说说您的感受（选填）'}
            onInput={e => setComment(e.detail.value)}
          />
          {canEvaluate && <Button id='detail-evaluate-btn' type='primary' block disabled={busy} onClick={evaluate}>提交评价</Button>}
          {canReopen && (
            <View className='detail__reopen'>
              <Button id='detail-reopen-btn' block fill='outline' type='danger' disabled={busy} onClick={reopen}>申请重新办理</Button>
            </View>
          )}
        </View>
      )}

      <View className='card'>
        <Text className='section-title'>办理进度</Text>
        <View id='detail-timeline' className='timeline'>
          {ev.timeline.slice().reverse().map((t, i) => (
            <View key={t.seq} className={`timeline__item${i === 0 ? ' timeline__item--now' : ''}`}>
              <View className='timeline__dot' />
              <View className='timeline__body'>
                <View className='timeline__head'>
                  <Text className='timeline__action'>{t.actionLabel}</Text>
                  {t.visibility === 'internal' ? <Text className='timeline__internal'>内部</Text> : null}
                  <Text className='timeline__actor muted'>{t.actor}</Text>
                </View>
                {t.note ? <Text className='timeline__note'>{t.note}</Text> : null}
                {t.photos.length > 0 && (
                  <View className='detail__photos'>
                    {t.photos.map(p => <AuthImage key={p.id} className='detail__photo detail__photo--small' url={p.url} />)}
                  </View>
                )}
                <Text className='timeline__at muted'>{formatTime(t.at)}</Text>
              </View>
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}
