import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { WarningColour } from '@linli/config'
import { ROUTES } from '@/routes'
import { statusTone, warningText } from './status'

interface Props {
  /** DOM id of the card (tests find cards by it). */
  id: string
  event: { id: number; status: string; statusLabel: string; category: { name: string }; description: string; warning?: WarningColour | null }
  /** Left and right of the card's foot: place, and a time or deadline. */
  place: string
  when?: string
  late?: boolean
  /** Extra content at the end of the foot (e.g. 我也遇到). */
  action?: JSX.Element | null
}

/** An event in a list (我的报事, 待办, 附近的事): category, warning, status, description; opens the event. */
export default function EventCard({ id, event: e, place, when, late, action }: Props) {
  return (
    <View
      id={id}
      className={`card event-card${e.warning ? ` event-card--${e.warning}` : ''}`}
      onClick={() => Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${e.id}` })}
    >
      <View className='event-card__head'>
        <Text className='event-card__cat'>{e.category.name}</Text>
        {e.warning && <Text className={`warn warn--${e.warning}`}>{warningText(e.warning)}</Text>}
        <Text className={`status-tag status-tag--${statusTone(e.status)}`}>{e.statusLabel}</Text>
      </View>
      <Text className='event-card__desc'>{e.description}</Text>
      <View className='event-card__foot'>
        <Text>{place}</Text>
        {when ? <Text className={late ? 'event-card__due--late' : ''}>{when}</Text> : null}
        {action || null}
      </View>
    </View>
  )
}
