import Taro from '@tarojs/taro'
import type { LocationAdapter } from './contracts'

// Taro's H5 getLocation uses navigator.geolocation and only knows WGS-84
// (gcj02 fails with "This coordinate system type is not temporarily supported").
async function current() {
  const r = await Taro.getLocation({ type: 'wgs84' })
  return { latitude: r.latitude, longitude: r.longitude, coordType: 'wgs84' as const }
}

export const geo: LocationAdapter = {
  getLocation: current,
  // Taro's H5 chooseLocation needs an online map key; the browser build uses the current position.
  async chooseLocation() {
    const here = await current()
    return { ...here, name: '当前位置', address: '' }
  }
}
