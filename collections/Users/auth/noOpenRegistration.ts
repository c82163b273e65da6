import type { Endpoint } from 'payload'

/**
 * Payload's `POST /api/users/first-register` lets whoever comes first on an empty database become
 * administrator. On a live site that is anyone: the first administrator is made by `npm run seed`
 * only, so this endpoint (taking the place of Payload's, which comes after it) always refuses.
 */
export const noFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: () =>
    Response.json(
      {
        errors: [
          {
            message:
              'Tài khoản quản trị đầu tiên chỉ được tạo bằng lệnh npm run seed trên máy chủ. / The first administrator is created only by running npm run seed on the server.',
          },
        ],
      },
      { status: 403 },
    ),
}
