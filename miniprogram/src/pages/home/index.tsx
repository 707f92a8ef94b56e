import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import FeatureGrid from '@/components/FeatureGrid'
import { RESIDENT_TILES, WORKER_TILES } from '@/features'
import { useSession } from '@/store/session'
import { ROUTES } from '@/routes'
import './index.scss'

function greeting(now = new Date()): string {
  const h = now.getHours()
  if (h < 5) return '夜深了'
  if (h < 11) return '早上好'
  if (h < 13) return '中午好'
  if (h < 18) return '下午好'
  return '晚上好'
}

const LOOP = ['发现', '上报', '分流', '处置', '核查', '评价']

export default function Home() {
  const { token, profile } = useSession()
  const staff = profile ? profile.staff : null

  return (
    <View className='page home'>
      <View className='home__hero'>
        <Text id='home-greeting' className='home__greet'>
          {greeting()}，{token && profile ? profile.nickname : '邻居'}
        </Text>
        <Text className='home__slogan'>身边小事随手报，网格员就近来处理</Text>
        {staff && (
          <Text id='home-worker-badge' className='home__badge'>{staff.roleLabel} · 工作模式</Text>
        )}
      </View>

      {!token && (
        <View className='card home__login' onClick={() => Taro.navigateTo({ url: ROUTES.login })}>
          <Text className='home__login-text'>登录后可报事、查看办理进度</Text>
          <Text id='home-login-btn' className='home__login-btn'>去登录</Text>
        </View>
      )}

      <Text className='section-title'>便民服务</Text>
      <FeatureGrid tiles={RESIDENT_TILES} />

      {staff && (
        <View>
          <Text className='section-title'>网格工作台 · {staff.regionName}</Text>
          <FeatureGrid tiles={WORKER_TILES} />
        </View>
      )}

      <View className='card'>
        <Text className='section-title'>事件闭环怎么走</Text>
        <View className='home__loop'>
          {LOOP.map((step, i) => (
            <View key={step} className='home__step'>
              <Text className='home__step-no'>{i + 1}</Text>
              <Text className='home__step-name'>{step}</Text>
            </View>
          ))}
        </View>
        <Text className='home__loop-note muted'>小事不出网格，大事不出街道。每一步都有记录，办结后请您评价。</Text>
      </View>
    </View>
  )
}
