import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { updateNickname } from '@/services/me'
import { ApiError } from '@/services/request'
import { useSession } from '@/store/session'
import './index.scss'

const MAX_LENGTH = 20

export default function Profile() {
  const { profile } = useSession()
  const [nickname, setNickname] = useState(profile ? profile.nickname : '')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const save = async () => {
    const value = nickname.trim()
    if (!value) {
      setError('昵称不能为空')
      return
    }
    if (Array.from(value).length > MAX_LENGTH) {
      setError(`昵称最多 ${MAX_LENGTH} 个字`)
      return
    }
    setError('')
    setBusy(true)
    try {
      await updateNickname(value)
      Taro.showToast({ title: '已保存', icon: 'success' })
      setTimeout(() => Taro.navigateBack(), 800)
    } catch (e) {
      if (e instanceof ApiError && e.field === 'nickname') setError(e.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page profile'>
      <View className='card'>
        <Text className='profile__label'>昵称</Text>
        <View className={`profile__field ${error ? 'profile__field--error' : ''}`}>
          <Input
            id='nickname-input'
            placeholder='请输入昵称'
            maxLength={MAX_LENGTH}
            clearable
            value={nickname}
            onChange={v => { setNickname(v); setError('') }}
          />
        </View>
        {error
          ? <Text id='nickname-error' className='profile__error'>{error}</Text>
          : <Text className='profile__hint muted'>昵称会显示在您发布的互助和帖子中，最多 {MAX_LENGTH} 个字</Text>}
      </View>
      <Button id='nickname-save-btn' type='primary' block loading={busy} disabled={busy} onClick={save}>保存</Button>
    </View>
  )
}
