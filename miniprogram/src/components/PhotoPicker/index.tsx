import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { image } from '@/adapters/image'
import AuthImage from '@/components/AuthImage'
import { PhotoRef, uploadPhoto } from '@/services/events'
import './index.scss'

interface Props {
  /** id of the picker (for tests); its add tile is `${id}-add` */
  id: string
  photos: PhotoRef[]
  max: number
  /** Called once per uploaded photo; the owner appends it (functional update: uploads finish one by one). */
  onAdd: (ref: PhotoRef) => void
  onRemove: (id: number) => void
  /** How many uploads are running, so the form can wait for them before submitting. */
  onUploading?: (count: number) => void
}

/** Pick, upload (compressed by the image adapter) and show up to `max` photos; ids go with the form. */
export default function PhotoPicker({ id, photos, max, onAdd, onRemove, onUploading }: Props) {
  // local previews of photos picked now (blob: / temp paths); photos restored from a draft load from the server
  const [previews, setPreviews] = useState<Record<number, string>>({})
  const [uploading, setUploading] = useState(0)
  useEffect(() => { if (onUploading) onUploading(uploading) }, [uploading])

  async function add() {
    const room = max - photos.length - uploading
    if (room <= 0) return
    let paths: string[]
    try {
      paths = (await image.chooseImages(room)).slice(0, room)
    } catch (e) {
      return // cancelled
    }
    setUploading(n => n + paths.length)
    for (const path of paths) {
      try {
        const ref = await uploadPhoto(path)
        setPreviews(p => ({ ...p, [ref.id]: path }))
        onAdd(ref)
      } catch (e) {
        Taro.showToast({ title: e instanceof Error ? e.message : '图片上传失败', icon: 'none' })
      } finally {
        setUploading(n => n - 1)
      }
    }
  }

  const preview = (current: string) => {
    const urls = photos.map(p => previews[p.id]).filter(Boolean)
    if (urls.length) Taro.previewImage({ current, urls }).catch(() => {})
  }

  return (
    <View id={id} className='photo-picker'>
      {photos.map(p => (
        <View key={p.id} className='photo-picker__photo'>
          {previews[p.id]
            ? <Image className='photo-picker__thumb' src={previews[p.id]} mode='aspectFill' onClick={() => preview(previews[p.id])} />
            : <AuthImage className='photo-picker__thumb' url={p.url} />}
          <Text className='photo-picker__del' onClick={() => onRemove(p.id)}>×</Text>
        </View>
      ))}
      {Array.from({ length: uploading }).map((_, i) => (
        <View key={`up-${i}`} className='photo-picker__photo photo-picker__photo--loading'><Text>上传中</Text></View>
      ))}
      {photos.length + uploading < max && (
        <View id={`${id}-add`} className='photo-picker__photo photo-picker__photo--add' onClick={add}>
          <Text className='photo-picker__plus'>+</Text>
          <Text className='photo-picker__plus-text'>{photos.length}/{max}</Text>
        </View>
      )}
    </View>
  )
}
