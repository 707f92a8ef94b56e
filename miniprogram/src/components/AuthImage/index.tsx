import { useEffect, useState } from 'react'
import { Image, View } from '@tarojs/components'
import { photo } from '@/adapters/photo'
import { getToken } from '@/store/session'

interface Props {
  /** `/api/media/photos/:id` */
  url: string
  className?: string
  onLoaded?: (src: string) => void
  onClick?: (src: string) => void
}

/** A photo behind the bearer token: downloaded first, then shown. */
export default function AuthImage({ url, className, onLoaded, onClick }: Props) {
  const [src, setSrc] = useState('')
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    setFailed(false)
    photo.load(url, getToken()).then(s => {
      if (!live) return
      setSrc(s)
      if (onLoaded) onLoaded(s)
    }, () => { if (live) setFailed(true) })
    return () => { live = false }
  }, [url])
  if (!src) return <View className={`${className || ''} auth-image--empty`}>{failed ? '加载失败' : ''}</View>
  return <Image className={className} src={src} mode='aspectFill' onClick={() => onClick && onClick(src)} />
}
