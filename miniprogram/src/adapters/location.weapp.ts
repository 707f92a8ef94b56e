import Taro from '@tarojs/taro'
import type { LocationAdapter } from './contracts'

// Both need requiredPrivateInfos in app.json and the scope.userLocation text (app.config.ts).
export const geo: LocationAdapter = {
  async getLocation() {
    const r = await Taro.getLocation({ type: 'gcj02' })
    return { latitude: r.latitude, longitude: r.longitude, coordType: 'gcj02' }
  },
  async chooseLocation() {
    const r = await Taro.chooseLocation({})
    return { latitude: r.latitude, longitude: r.longitude, coordType: 'gcj02', name: r.name, address: r.address }
  }
}
