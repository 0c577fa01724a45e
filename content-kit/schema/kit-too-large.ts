/** The error line for a file over the 20 MiB limit. */
export function kitTooLarge(bytes: number): string {
  return `$: file is ${bytes} bytes, over the 20 MiB limit`;
}
