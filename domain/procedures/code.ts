/** A national procedure code: 1.001193, or with the long local suffix 1.001193.000.00.00.H12. */
export const PROCEDURE_CODE = /\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?/

export const isProcedureCode = (value: string) => new RegExp(`^${PROCEDURE_CODE.source}$`).test(value)

/** The code at the start of what a person typed: "1.001193" or "1.001193 – Đăng ký khai sinh". */
export const leadingProcedureCode = (typed: string) => new RegExp(`^${PROCEDURE_CODE.source}(?=$|[\\s–-])`).exec(typed)?.[0]
