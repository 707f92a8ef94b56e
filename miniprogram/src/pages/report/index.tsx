import { useEffect, useMemo, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { LocateResult } from '@linli/config'
import { geo } from '@/adapters/location'
import PhotoPicker from '@/components/PhotoPicker'
import { useSession } from '@/store/session'
import { ROUTES } from '@/routes'
import { ApiError } from '@/services/request'
import { askSubscribe, loadSubscriptions } from '@/services/subscribe'
import {
  Category, EventView, ReportBody, fetchCategories, followEvent, locate, similarEvents, submitReport
} from '@/services/events'
import { ReportDraft, clearDraft, emptyDraft, loadDraft, sameBody, saveDraft } from '@/services/report-draft'
import { round6, wgs84ToGcj02 } from '@/utils/coord'
import './index.scss'

const MAX_PHOTOS = 9
const MAX_DESC = 1000
const IS_H5 = process.env.TARO_ENV === 'h5'


function parseCoord(text: string, min: number, max: number): number | null {
  if (!text.trim()) return null
  const n = Number(text)
  return isFinite(n) && n >= min && n <= max ? n : null
}

/** Debounced effect: runs `fn` once the deps have been still for `ms`. */
function useDebounced(fn: () => void | (() => void), deps: unknown[], ms = 400) {
  useEffect(() => {
    const t = setTimeout(fn, ms)
    return () => clearTimeout(t)
  }, deps) // eslint-disable-line react-hooks/exhaustive-deps
}

export default function Report() {
  const { token, profile } = useSession()
  const [draft, setDraft] = useState<ReportDraft>(loadDraft)
  const [categories, setCategories] = useState<Category[]>([])
  const [uploading, setUploading] = useState(0)
  const [locating, setLocating] = useState(false)
  const [place, setPlace] = useState<LocateResult | null | undefined>(undefined)
  const [similar, setSimilar] = useState<EventView[]>([])
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState('')
  const located = useRef(false)
  const subscribeAsked = useRef('')

  const update = (patch: Partial<ReportDraft>) => {
    setDraft(d => {
      const next = { ...d, ...patch }
      saveDraft(next)
      return next
    })
    setError('')
  }

  const lng = parseCoord(draft.lng, -180, 180)
  const lat = parseCoord(draft.lat, -90, 90)

  useEffect(() => {
    fetchCategories().then(setCategories, () => {})
  }, [])

  useDidShow(() => {
    // a draft saved by another visit (or cleared by a successful submission elsewhere) wins
    const saved = loadDraft()
    setDraft(saved)
    if (token) loadSubscriptions()
    if (!located.current && token) {
      located.current = true
      if (!saved.lng && !saved.lat) locateMe(true)
    }
  })

  useDebounced(() => {
    if (lng === null || lat === null) { setPlace(undefined); return }
    let live = true
    locate(lng, lat).then(r => { if (live) setPlace(r) }, () => { if (live) setPlace(undefined) })
    return () => { live = false }
  }, [lng, lat])

  useDebounced(() => {
    if (!token || lng === null || lat === null || !draft.categoryCode) { setSimilar([]); return }
    let live = true
    similarEvents(draft.categoryCode, lng, lat).then(r => { if (live) setSimilar(r) }, () => { if (live) setSimilar([]) })
    return () => { live = false }
  }, [token, lng, lat, draft.categoryCode])

  const groups = useMemo(() => {
    const out: { group: string; items: Category[] }[] = []
    categories.forEach(c => {
      let g = out.find(x => x.group === c.group)
      if (!g) { g = { group: c.group, items: [] }; out.push(g) }
      g.items.push(c)
    })
    return out
  }, [categories])

  async function locateMe(quiet = false) {
    setLocating(true)
    try {
      const here = await geo.getLocation()
      const [x, y] = here.coordType === 'wgs84' ? wgs84ToGcj02(here.longitude, here.latitude) : [here.longitude, here.latitude]
      update({ lng: String(round6(x)), lat: String(round6(y)) })
    } catch (e) {
      if (!quiet) Taro.showToast({ title: IS_H5 ? '定位失败，请手动填写经纬度' : '定位失败，请在地图上选点', icon: 'none' })
    } finally {
      setLocating(false)
    }
  }

  async function pickOnMap() {
    try {
      const p = await geo.chooseLocation()
      const [x, y] = p.coordType === 'wgs84' ? wgs84ToGcj02(p.longitude, p.latitude) : [p.longitude, p.latitude]
      update({ lng: String(round6(x)), lat: String(round6(y)), address: [p.address, p.name].filter(Boolean).join(' ').slice(0, 200) })
    } catch (e) {
      // cancelled
    }
  }

  async function meToo(e: EventView) {
    try {
      await followEvent(e.id)
      Taro.showToast({ title: '已关注，办理进度会通知您', icon: 'none' })
      Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${e.id}` })
    } catch (err) {
      // toasted
    }
  }

  function validate(): ReportBody | null {
    const description = draft.description.trim()
    let msg = ''
    if (!draft.categoryCode) msg = '请选择问题类型'
    else if (description.length < 5) msg = '请描述问题，至少 5 个字'
    else if (lng === null || lat === null) msg = '请确定问题位置'
    else if (uploading > 0) msg = '图片还在上传，请稍候'
    if (msg) {
      setError(msg)
      Taro.showToast({ title: msg, icon: 'none' })
      return null
    }
    const body: ReportBody = {
      categoryCode: draft.categoryCode,
      description,
      lng: lng as number,
      lat: lat as number,
      anonymous: draft.anonymous,
      isPublic: draft.isPublic,
      photos: draft.photos.map(p => p.id)
    }
    if (draft.address.trim()) body.address = draft.address.trim()
    return body
  }

  function done(ev: EventView) {
    clearDraft()
    const fresh = emptyDraft()
    setDraft(fresh)
    setSimilar([])
    Taro.showToast({ title: ev.replayed ? '已提交（重复提交已合并）' : '上报成功', icon: 'success' })
    setTimeout(() => Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${ev.id}` }), 600)
  }

  async function submit() {
    if (submitting) return
    const body = validate()
    if (!body) return
    // 订阅消息: WeChat lets us ask only now, on the tap (once per report, not again on a retry);
    // the report goes out whatever the answer
    if (subscribeAsked.current !== draft.key) {
      subscribeAsked.current = draft.key
      await askSubscribe(['status', 'reply'])
    }
    // remember what is sent with this key before sending: if the answer is lost, a retry reuses both
    const attempts = draft.attempts.some(a => sameBody(a, body)) ? draft.attempts : draft.attempts.concat([body]).slice(-5)
    const sent = { ...draft, attempts }
    saveDraft(sent)
    setDraft(sent)
    setSubmitting(true)
    try {
      done(await submitReport(body, draft.key))
    } catch (e) {
      const err = e as ApiError
      if (err.code === 'NETWORK') {
        setError('网络异常，提交结果未确认。草稿已保存，请点击“重新提交”，不会重复上报。')
      } else if (err.code === 'IDEMPOTENCY_MISMATCH') {
        // an earlier attempt with this key did reach the server (the form changed since): find it
        for (const prev of attempts) {
          if (sameBody(prev, body)) continue
          try { done(await submitReport(prev, draft.key)); return } catch (e2) { /* try the next */ }
        }
        update({ key: emptyDraft().key, attempts: [] })
        setError('提交编号已失效，请再次点击提交')
      } else {
        // refused with an answer: nothing was created under this body
        update({ attempts: attempts.filter(a => !sameBody(a, body)) })
        setError(err.message)
        Taro.showToast({ title: err.message, icon: 'none' })
      }
    } finally {
      setSubmitting(false)
    }
  }

  if (!token) {
    return (
      <View className='page report'>
        <View className='card report__login'>
          <Text className='report__login-text'>登录后即可拍照上报身边的问题，并全程查看办理进度。</Text>
          <Button id='report-login-btn' type='primary' block onClick={() => Taro.navigateTo({ url: ROUTES.login })}>去登录</Button>
        </View>
      </View>
    )
  }

  const pending = draft.attempts.length > 0
  return (
    <View className='page report'>
      {profile && profile.staff && (
        <View id='report-patrol' className='card report__patrol'>
          <Text>巡查上报：以{profile.staff.roleLabel}身份上报，记为巡查主动发现，计入考核</Text>
        </View>
      )}
      <View className='card'>
        <Text className='section-title'>问题类型</Text>
        {groups.length === 0 && <Text className='muted'>加载中…</Text>}
        {groups.map(g => (
          <View key={g.group} className='report__group'>
            <Text className='report__group-name'>{g.group}</Text>
            <View className='report__chips'>
              {g.items.map(c => (
                <Text
                  key={c.code}
                  id={`cat-${c.code}`}
                  className={`report__chip${draft.categoryCode === c.code ? ' report__chip--on' : ''}`}
                  onClick={() => update({ categoryCode: c.code })}
                >
                  {c.name}
                </Text>
              ))}
            </View>
          </View>
        ))}
      </View>

      <View className='card'>
        <Text className='section-title'>问题描述</Text>
        <Textarea
          id='report-desc'
          className='report__desc'
          value={draft.description}
          maxlength={MAX_DESC}
          placeholder='请描述您发现的问题，如位置特征、持续时间、影响范围（至少 5 个字）'
          onInput={e => update({ description: e.detail.value })}
        />
        <Text id='report-desc-count' className='report__count'>{draft.description.length}/{MAX_DESC}</Text>

        <PhotoPicker
          id='report-photos'
          photos={draft.photos}
          max={MAX_PHOTOS}
          onAdd={ref => setDraft(d => {
            if (d.photos.length >= MAX_PHOTOS) return d
            const next = { ...d, photos: d.photos.concat([ref]) }
            saveDraft(next)
            return next
          })}
          onRemove={id => update({ photos: draft.photos.filter(p => p.id !== id) })}
          onUploading={setUploading}
        />
      </View>

      <View className='card'>
        <View className='report__row'>
          <Text className='section-title report__inline-title'>问题位置</Text>
          <Text id='report-locate-btn' className='report__link' onClick={() => locateMe(false)}>{locating ? '定位中…' : '重新定位'}</Text>
          {!IS_H5 && <Text id='report-map-btn' className='report__link' onClick={pickOnMap}>地图选点</Text>}
        </View>
        {IS_H5 && (
          <View className='report__coords'>
            <View className='report__coord'>
              <Text className='report__label'>经度</Text>
              <Input id='report-lng' className='report__input' type='digit' value={draft.lng} placeholder='如 121.68' onInput={e => update({ lng: e.detail.value })} />
            </View>
            <View className='report__coord'>
              <Text className='report__label'>纬度</Text>
              <Input id='report-lat' className='report__input' type='digit' value={draft.lat} placeholder='如 29.97' onInput={e => update({ lat: e.detail.value })} />
            </View>
          </View>
        )}
        {!IS_H5 && (
          <Text className='report__coord-text muted'>
            {lng !== null && lat !== null ? `${lng.toFixed(6)}, ${lat.toFixed(6)}` : '尚未定位'}
          </Text>
        )}
        <Input
          id='report-address'
          className='report__input report__address'
          value={draft.address}
          maxlength={200}
          placeholder='详细地址（选填），如 XX 小区 3 幢北侧'
          onInput={e => update({ address: e.detail.value })}
        />
        <Text id='report-locate' className={`report__place${place === null ? ' report__place--out' : ''}`}>
          {place
            ? `所属网格：${place.grid.name}${place.community ? ` · ${place.community.name}` : ''}${place.street ? ` · ${place.street.name}` : ''}`
            : place === null ? '该位置不在服务网格内，将由区级指挥中心分派' : '所属网格：定位后自动识别'}
        </Text>
        <Text className='report__hint muted'>坐标系 GCJ-02{IS_H5 ? '（浏览器定位已自动换算）' : ''}</Text>
      </View>

      {similar.length > 0 && (
        <View id='report-similar' className='card report__similar'>
          <Text className='section-title'>附近已有相似问题</Text>
          <Text className='report__hint muted'>如果是同一个问题，点“我也遇到”即可关注办理进度，无需重复上报。</Text>
          {similar.map(s => (
            <View key={s.id} className='report__similar-item'>
              <View className='report__similar-text'>
                <Text className='report__similar-title'>{s.category.name} · {s.statusLabel}</Text>
                <Text className='report__similar-desc'>{s.description}</Text>
              </View>
              <Button id={`metoo-${s.id}`} className='report__metoo' size='small' type='primary' fill='outline' onClick={() => meToo(s)}>我也遇到</Button>
            </View>
          ))}
        </View>
      )}

      <View className='card'>
        <View className='report__switch'>
          <View className='report__switch-text'>
            <Text>匿名上报</Text>
            <Text className='report__hint muted'>处置人员看不到您的身份</Text>
          </View>
          <Switch id='report-anonymous' color='#1677ff' checked={draft.anonymous} onChange={e => update({ anonymous: e.detail.value })} />
        </View>
        <View className='report__switch'>
          <View className='report__switch-text'>
            <Text>公开到附近</Text>
            <Text className='report__hint muted'>附近居民可看到问题（不含个人信息）</Text>
          </View>
          <Switch id='report-public' color='#1677ff' checked={draft.isPublic} onChange={e => update({ isPublic: e.detail.value })} />
        </View>
      </View>

      {error && <Text id='report-error' className='report__error'>{error}</Text>}
      <Button id='report-submit' type='primary' block loading={submitting} disabled={submitting} onClick={submit}>
        {pending ? '重新提交' : '提交'}
      </Button>
      <Text className='report__draft-note muted'>未提交的内容会自动保存为草稿</Text>
    </View>
  )
}
