// WGS-84 (what a browser's navigator.geolocation gives) → GCJ-02 (what the server, WeChat and Chinese map
// tiles use). The standard published transform (the "Mars" offset, Krasovsky 1940 ellipsoid); outside
// mainland China the coordinates are returned unchanged.
//
// Self-check (unit style, values computed with this function and matching the widely published reference
// implementations, e.g. coordtransform / eviltransform):
//   wgs84ToGcj02(121.68, 29.97)  ≈ [121.684202, 29.967478]   (demo district, 镇海: offset ≈ +0.0042°, -0.0025°)
//   wgs84ToGcj02(116.397, 39.908) ≈ [116.403243, 39.909403]  (Beijing, Tiananmen)
//   wgs84ToGcj02(2.35, 48.85)    = [2.35, 48.85]            (Paris: outside China, unchanged)

const A = 6378245.0
const EE = 0.00669342162296594323

function outOfChina(lng: number, lat: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0
  r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
  r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0
  return r
}

function transformLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0
  r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
  r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0
  return r
}

/** [lng, lat] in GCJ-02 for a WGS-84 point. */
export function wgs84ToGcj02(lng: number, lat: number): [number, number] {
  if (outOfChina(lng, lat)) return [lng, lat]
  let dLat = transformLat(lng - 105.0, lat - 35.0)
  let dLng = transformLng(lng - 105.0, lat - 35.0)
  const radLat = lat / 180.0 * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI)
  dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI)
  return [lng + dLng, lat + dLat]
}

/** Six decimals (≈ 0.1 m) is plenty for a report. */
export const round6 = (n: number) => Math.round(n * 1e6) / 1e6
