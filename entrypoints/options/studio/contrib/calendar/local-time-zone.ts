/** The computer's IANA time zone: "today" in the studio is today where the user sits (the sidebar uses the kit's zone). */
export const LOCAL_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';
