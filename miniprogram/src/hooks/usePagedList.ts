import { useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'

export interface Page<T> { items: T[]; total: number }
type Fetch<R> = (page: number) => Promise<R>

/**
 * A paged list page: loads page 1 whenever the page shows and on pull-down, the next page at the
 * bottom; `restart(fetch)` starts over with another query (a tab switch). Errors are toasted by request().
 */
export function usePagedList<R extends Page<unknown>>(fetchPage: Fetch<R>, enabled = true) {
  type T = R['items'][number]
  const current = useRef(fetchPage)
  const [items, setItems] = useState<T[]>([])
  const [response, setResponse] = useState<R | null>(null)
  const [page, setPage] = useState(1)
  const [loading, setLoading] = useState(false)

  async function load(p: number, fetch: Fetch<R> = fetchPage) {
    current.current = fetch
    setLoading(true)
    try {
      const r = await fetch(p)
      if (current.current !== fetch) return // a newer query started meanwhile
      setItems(prev => (p === 1 ? r.items : prev.concat(r.items)))
      setResponse(r)
      setPage(p)
    } catch (e) {
      // toasted; a 401 goes to login
    } finally {
      setLoading(false)
      Taro.stopPullDownRefresh()
    }
  }

  function restart(fetch: Fetch<R>) {
    setItems([])
    setResponse(null)
    load(1, fetch)
  }

  const total = response ? response.total : 0
  useDidShow(() => { if (enabled) load(1, current.current) })
  usePullDownRefresh(() => { if (enabled) load(1, current.current) })
  useReachBottom(() => { if (enabled && !loading && items.length < total) load(page + 1, current.current) })

  return { items, setItems, total, response, loading, loaded: response !== null, load, restart }
}
