import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PhotoPicker from '@/components/PhotoPicker'
import { ApiError } from '@/services/request'
import { askSubscribe, loadSubscriptions } from '@/services/subscribe'
import { EventDetail, PhotoRef, WORKER_ACTIONS, WorkerAction, eventAction, formatTime } from '@/services/events'

const MAX_PHOTOS = 9
const CONFIRM: Partial<Record<WorkerAction, string>> = {
  return: '退回后由社区重新分派，确定退回吗？',
  escalate: '上报后由上一级处理，确定上报吗？'
}
const DONE_TEXT: Record<WorkerAction, string> = { accept: '已签收', handle: '已提交处置结果', return: '已退回', escalate: '已上报' }

interface Props {
  ev: EventDetail
  onChanged: (ev: EventDetail) => void
  /** Someone else moved the event meanwhile: reload it. */
  onStale: () => void
}

/** Worker mode on the event page: sign for it, handle it with photos and a note, return or escalate it. */
export default function WorkerPanel({ ev, onChanged, onStale }: Props) {
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<PhotoRef[]>([])
  const [uploading, setUploading] = useState(0)
  const [busy, setBusy] = useState(false)
  useEffect(() => { loadSubscriptions() }, [])
  const actions = (ev.actions || []).filter((a): a is WorkerAction => WORKER_ACTIONS.indexOf(a as WorkerAction) >= 0)
  if (!actions.length) return null

  async function act(action: WorkerAction) {
    if (busy) return
    const text = note.trim()
    if (action === 'handle' && !photos.length) { Taro.showToast({ title: '请上传处置照片', icon: 'none' }); return }
    if (action === 'handle' && uploading) { Taro.showToast({ title: '图片还在上传，请稍候', icon: 'none' }); return }
    if (action !== 'accept' && !text) { Taro.showToast({ title: action === 'handle' ? '请填写处置情况' : '请填写原因', icon: 'none' }); return }
    if (CONFIRM[action] && !(await Taro.showModal({ title: '请确认', content: CONFIRM[action]! })).confirm) return
    // signing for a task is the worker's moment to allow the next new-task message (WeChat asks only on a tap)
    if (action === 'accept') await askSubscribe(['task'])
    setBusy(true)
    try {
      const next = await eventAction(ev.id, {
        action, version: ev.version, note: action === 'accept' ? undefined : text, photos: action === 'handle' ? photos.map(p => p.id) : undefined
      })
      setNote('')
      setPhotos([])
      onChanged(next)
      Taro.showToast({ title: DONE_TEXT[action], icon: 'success' })
    } catch (e) {
      // toasted; a CONFLICT means someone else moved it meanwhile
      if (e instanceof ApiError && (e.code === 'CONFLICT' || e.code === 'INVALID_TRANSITION')) onStale()
    } finally {
      setBusy(false)
    }
  }

  const deadline = ev.status === 'assigned' ? ev.signDeadline : ev.handleDeadline
  const canWrite = actions.some(a => a !== 'accept')
  return (
    <View id='worker-panel' className='card worker'>
      <Text className='section-title'>网格员处置</Text>
      {deadline ? (
        <Text id='worker-deadline' className={`worker__due${ev.warning === 'red' ? ' worker__due--late' : ''}`}>
          {ev.status === 'assigned' ? '签收期限' : '办结期限'}：{formatTime(deadline)}
        </Text>
      ) : null}
      {ev.reporter ? <Text className='worker__who muted'>报事人：{ev.reporter.nickname}{ev.reporter.phoneMasked ? ` ${ev.reporter.phoneMasked}` : ''}</Text> : null}
      {actions.indexOf('accept') >= 0 && (
        <Button id='worker-accept' type='primary' block disabled={busy} onClick={() => act('accept')}>签收</Button>
      )}
      {canWrite && (
        <View className='worker__form'>
          <Textarea
            id='worker-note'
            className='detail__comment'
            value={note}
            maxlength={1000}
            placeholder={actions.indexOf('handle') >= 0 ? '处置情况（办结时必填），或退回/上报的原因' : '退回或上报的原因（必填）'}
            onInput={e => setNote(e.detail.value)}
          />
          {actions.indexOf('handle') >= 0 && (
            <View>
              <Text className='worker__hint muted'>处置照片（办结时至少 1 张）</Text>
              <PhotoPicker
                id='worker-photos'
                photos={photos}
                max={MAX_PHOTOS}
                onAdd={ref => setPhotos(ps => (ps.length >= MAX_PHOTOS ? ps : ps.concat([ref])))}
                onRemove={id => setPhotos(ps => ps.filter(p => p.id !== id))}
                onUploading={setUploading}
              />
              <Button id='worker-handle' type='primary' block disabled={busy} onClick={() => act('handle')}>处置完成</Button>
            </View>
          )}
          <View className='worker__row'>
            {actions.indexOf('return') >= 0 && (
              <Button id='worker-return' fill='outline' type='default' disabled={busy} onClick={() => act('return')}>退回</Button>
            )}
            {actions.indexOf('escalate') >= 0 && (
              <Button id='worker-escalate' fill='outline' type='warning' disabled={busy} onClick={() => act('escalate')}>上报上级</Button>
            )}
          </View>
        </View>
      )}
    </View>
  )
}
