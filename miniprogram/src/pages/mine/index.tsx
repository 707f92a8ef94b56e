import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Dialog } from '@nutui/nutui-react-taro'
import { useSession, getToken } from '@/store/session'
import { fetchMe, logout } from '@/services/me'
import { fetchMessages } from '@/services/messages'
import { ROUTES } from '@/routes'
import './index.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

export default function Mine() {
  const { token, profile } = useSession()
  const [confirmLogout, setConfirmLogout] = useState(false)
  const [unread, setUnread] = useState(0)

  useDidShow(() => {
    // refresh role, phone and worker status; a 401 here sends the user to log in again
    if (!getToken()) return
    fetchMe().catch(() => {})
    fetchMessages(1, 1, true).then(r => setUnread(r.unread), () => {})
  })

  if (!token || !profile) {
    return (
      <View className='page mine'>
        <View className='card mine__guest'>
          <View className='mine__avatar mine__avatar--guest'><Text>邻</Text></View>
          <Text className='mine__guest-title'>登录邻里</Text>
          <Text className='mine__guest-sub muted'>登录后可报事、查看办理进度、参与问卷和邻里互助</Text>
          <Button id='mine-login-btn' type='primary' block onClick={go(ROUTES.login)}>登录 / 注册</Button>
        </View>
        <CellGroup>
          <Cell title='用户协议' clickable onClick={go(`${ROUTES.agreement}?type=user`)} />
          <Cell title='隐私政策' clickable onClick={go(`${ROUTES.agreement}?type=privacy`)} />
        </CellGroup>
      </View>
    )
  }

  const staff = profile.staff
  return (
    <View className='page mine'>
      <View className='card mine__profile'>
        <View className='mine__avatar'><Text>{Array.from(profile.nickname || '邻')[0]}</Text></View>
        <View className='mine__info'>
          <View className='mine__name-row'>
            <Text id='mine-nickname' className='mine__name'>{profile.nickname}</Text>
            <Text id='mine-role' className='mine__role'>{profile.roleLabel}</Text>
          </View>
          <Text id='mine-phone' className='mine__phone'>{profile.phoneMasked || '未绑定手机号'}</Text>
          {staff && (
            <Text id='worker-badge' className='mine__worker'>{staff.roleLabel} · {staff.regionName}</Text>
          )}
        </View>
      </View>

      <CellGroup>
        <Cell className='cell-my-events' title='我的报事' clickable onClick={go(ROUTES.myEvents)} />
        {staff && <Cell className='cell-worker-todo' title='待办事件' clickable onClick={go(ROUTES.workerTodo)} />}
        <Cell
          className='cell-messages'
          title='消息中心'
          extra={unread ? <Text id='mine-unread' className='mine__unread'>{unread > 99 ? '99+' : unread}</Text> : ''}
          clickable
          onClick={go(ROUTES.messages)}
        />
      </CellGroup>
      <CellGroup>
        <Cell className='cell-nickname' title='修改昵称' extra={profile.nickname} clickable onClick={go(ROUTES.profile)} />
        <Cell
          className='cell-phone'
          title={profile.phoneBound ? '更换手机号' : '绑定手机号'}
          extra={profile.phoneMasked || '未绑定'}
          clickable
          onClick={go(ROUTES.phone)}
        />
      </CellGroup>
      <CellGroup>
        <Cell title='用户协议' clickable onClick={go(`${ROUTES.agreement}?type=user`)} />
        <Cell title='隐私政策' clickable onClick={go(`${ROUTES.agreement}?type=privacy`)} />
        <Cell className='cell-delete' title='注销账号' clickable onClick={go(ROUTES.deleteAccount)} />
      </CellGroup>

      <View className='mine__logout'>
        <Button id='logout-btn' block fill='outline' onClick={() => setConfirmLogout(true)}>退出登录</Button>
      </View>

      <Dialog
        visible={confirmLogout}
        title='退出登录'
        content='退出后需要重新登录才能报事和查看进度。'
        confirmText='退出'
        cancelText='取消'
        onConfirm={() => {
          setConfirmLogout(false)
          logout()
          Taro.showToast({ title: '已退出登录', icon: 'none' })
        }}
        onCancel={() => setConfirmLogout(false)}
      />
    </View>
  )
}
