import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initPrivacy } from '@/services/privacy'
import './app.scss'

function App({ children }: PropsWithChildren<any>) {
  useLaunch(() => {
    initPrivacy()
  })
  return children
}

export default App
