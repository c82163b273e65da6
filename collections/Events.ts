import type { CollectionConfig } from 'payload'

import { editorial } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { historyFields } from '@/cms/fields/history'
import { options } from '@/domain/options'
import { slugField } from '@/cms/fields/slug'
import { requiredInVietnamese } from '@/cms/fields/validators'
import type { Event } from '@/payload-types'

/** Tọa đàm, training and conferences of the CCHC programme. */
/** What kind of event it is, as the events list and the search show it. */
export const EVENT_KINDS = options(
  ['dialogue', 'Tọa đàm, đối thoại', 'Dialogue'],
  ['training', 'Tập huấn, bồi dưỡng', 'Training'],
  ['conference', 'Hội nghị', 'Conference'],
  ['contest', 'Hội thi', 'Contest'],
)

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: { singular: label('Sự kiện', 'Event'), plural: label('Sự kiện', 'Events') },
  ...editorial<Event>('events'),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'kind', '_status'], group: label('Tin tức', 'News') },
  defaultSort: '-startsAt',
  // The public list and the API: published, latest start first (Payload adds createdAt to every sort).
  indexes: [{ fields: ['_status', 'startsAt', 'createdAt'] }],
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tên sự kiện', 'Title') },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: label('Bắt đầu', 'Starts'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'endsAt', type: 'date', label: label('Kết thúc', 'Ends'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'place', type: 'text', localized: true, label: label('Địa điểm', 'Place') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'conference',
      options: EVENT_KINDS,
      label: label('Loại', 'Kind'),
    },
    { name: 'body', type: 'richText', localized: true, label: label('Nội dung', 'Details') },
    ...historyFields,
  ],
}
