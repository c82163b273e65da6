import type { CollectionConfig } from 'payload'

import { reference } from '@/cms/editorial'
import { label } from '@/domain/labels'
import { options } from '@/domain/options'
import { requiredInVietnamese } from '@/cms/fields/validators'
import type { ContactPoint } from '@/payload-types'

/** Hotlines, feedback addresses, one-stop desks and the press contact (đường dây nóng, địa chỉ tiếp nhận phản ánh). */
export const ContactPoints: CollectionConfig<'contact-points'> = {
  slug: 'contact-points',
  labels: { singular: label('Đầu mối liên hệ', 'Contact point'), plural: label('Đường dây nóng, liên hệ', 'Contact points') },
  ...reference<ContactPoint>('contact-points'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'showInFooter', 'order'], group: label('Liên hệ', 'Contact') },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInVietnamese, label: label('Tên', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: options(
        ['hotline', 'Đường dây nóng', 'Hotline'],
        ['feedback', 'Tiếp nhận phản ánh, kiến nghị', 'Feedback'],
        ['one-stop', 'Bộ phận một cửa', 'One-stop desk'],
        ['press', 'Đầu mối báo chí', 'Press contact'],
        ['office', 'Văn phòng', 'Office'],
      ),
      label: label('Loại', 'Kind'),
    },
    { name: 'description', type: 'textarea', localized: true, label: label('Dùng khi nào', 'What it is for') },
    {
      name: 'phones',
      type: 'array',
      label: label('Số điện thoại', 'Phone numbers'),
      fields: [
        { name: 'label', type: 'text', localized: true, label: label('Nhãn', 'Label') },
        {
          name: 'number',
          type: 'text',
          required: true,
          label: label('Số', 'Number'),
          validate: (value: unknown) =>
            typeof value === 'string' && /^\+?[\d .()-]{3,20}$/.test(value.trim()) ? true : 'Số điện thoại chỉ gồm chữ số / Digits only',
        },
        { name: 'hours', type: 'text', localized: true, label: label('Giờ tiếp nhận', 'Hours') },
      ],
    },
    { name: 'email', type: 'email', label: label('Thư điện tử', 'Email') },
    { name: 'address', type: 'textarea', localized: true, label: label('Địa chỉ', 'Address') },
    { name: 'hours', type: 'text', localized: true, label: label('Giờ làm việc', 'Opening hours') },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: label('Cơ quan', 'Agency') },
    { name: 'person', type: 'text', label: label('Người phụ trách', 'Contact person') },
    { name: 'showInFooter', type: 'checkbox', label: label('Hiện ở chân trang', 'Show in footer'), admin: { position: 'sidebar' } },
    { name: 'order', type: 'number', defaultValue: 100, label: label('Thứ tự', 'Order'), admin: { position: 'sidebar' } },
  ],
}
