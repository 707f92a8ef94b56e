import { Foundation1795400000000 } from './1795400000000-Foundation';
import { Media1795400002000 } from './1795400002000-Media';
import { Events1795400003000 } from './1795400003000-Events';
import { EventExtras1795400004000 } from './1795400004000-EventExtras';
import { Notifications1795400005000 } from './1795400005000-Notifications';
import { EventIndexes1795400006000 } from './1795400006000-EventIndexes';
import { WorkerTasks1795400006500 } from './1795400006500-WorkerTasks';
import { SubscribeQuota1795400006600 } from './1795400006600-SubscribeQuota';
import { Surveys1795400007000 } from './1795400007000-Surveys';

/** Every migration, in order. Append new ones here (explicit list: no globs). */
export function migrations(): Function[] {
  return [Foundation1795400000000, Media1795400002000, Events1795400003000, EventExtras1795400004000, Notifications1795400005000, EventIndexes1795400006000, WorkerTasks1795400006500, SubscribeQuota1795400006600, Surveys1795400007000];
}
