import { View } from '@tarojs/components'
import ComingSoon from '@/components/ComingSoon'

// The reporting flow (photos, location, category) arrives with the packages/events subpackage.
export default function Report() {
  return (
    <View className='page'>
      <ComingSoon
        title='报事功能即将上线'
        description='届时您可以拍照上报身边的问题，系统会按位置派给所在网格的网格员处理，并全程告知您办理进度。'
      />
    </View>
  )
}
