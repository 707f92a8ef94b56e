// What pages may ask of the device. Each capability has a platform file (*.weapp.ts, *.h5.ts) that
// Taro picks by TARO_ENV at build time; the plain *.ts file is what TypeScript sees and what any
// other platform gets (it refuses politely).

export interface AuthAdapter {
  /** A one-time code for POST /api/auth/wechat-login: wx.login on WeChat, a sandbox code on H5. */
  getLoginCode(): Promise<string>
}

export type CoordType = 'gcj02' | 'wgs84'

export interface DeviceLocation {
  latitude: number
  longitude: number
  /** WeChat returns GCJ-02 (Mars coordinates), the browser WGS-84. */
  coordType: CoordType
}

export interface ChosenPlace extends DeviceLocation {
  name: string
  address: string
}

export interface LocationAdapter {
  getLocation(): Promise<DeviceLocation>
  /** Lets the user pick a place on a map (WeChat); the browser falls back to the current position. */
  chooseLocation(): Promise<ChosenPlace>
}

export interface ImageAdapter {
  /** Local paths (weapp temp files, blob: URLs on H5) of up to `count` photos. */
  chooseImages(count: number): Promise<string[]>
}

export interface PhotoAdapter {
  /** A displayable src for a protected photo (`/api/media/photos/:id` needs the bearer token). */
  load(url: string, token: string): Promise<string>
}

export class UnsupportedError extends Error {
  constructor(what: string) {
    super(`当前环境不支持${what}`)
    this.name = 'UnsupportedError'
  }
}

export interface SubscribeTemplate { templateId: string; title: string }

export interface SubscribeAdapter {
  /**
   * Asks the user to allow these subscribe messages (WeChat's requestSubscribeMessage) and resolves
   * the template ids allowed. Must be called straight from a tap handler: WeChat refuses it otherwise.
   */
  request(templates: SubscribeTemplate[]): Promise<string[]>
}
