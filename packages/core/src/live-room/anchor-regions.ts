/** The owner anchor's two parallel regions, by id: its stage and its inbox (a link-mic request). */
export const STAGE = '#liveRoom.loggedIn.room.anchor.stage';
export const INBOX = '#liveRoom.loggedIn.room.anchor.inbox';
