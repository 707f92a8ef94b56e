/** Only the H5 build (browser tests and demos) can choose who to log in as; WeChat uses wx.login. */
export default function DemoIdentityPicker() {
  return null
}
