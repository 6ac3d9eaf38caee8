// HANG (unbounded analysis time; not a crash): 200 owners live across a loop.
//
// Status: bounded since --time-limit landed (default 10 s of CPU per function): the
// function is now skipped with "was not checked: its analysis ran out of time",
// status 0. Kept as a regression case for the fuzz replay (fuzz/run.sh).
//
// 200 pointer locals, each malloc'd, conditionally freed and re-allocated inside one
// loop, and freed after it. The code is correct (expected: status 0, no findings). The
// ownership state of a block is a matrix tracked-places x objects (here about
// 200 x 400 bytes), and each dataflow step copies and joins whole states, so one step
// costs O(places x objects) and the loop needs O(places) steps per block: the time
// grows as n^3 while the step budget (--budget, 200,000 block visits) is nowhere near
// hit, so no "ran out of steps" remark ever comes. Measured (2 cores, shared):
//     owners  50: ASan 1.4 s   release 0.4 s
//     owners 100: ASan 6.7 s   release 1.2 s
//     owners 150: ASan 20 s    release 3.5 s, 250-300 MB
//     owners 200: ASan 40 s, 540 MB; release 5 s, 470 MB  (this file)
//     owners 300: ASan > 60 s, release > 25 s
// The structured fuzzer (fuzz/gen.py --big) hit the same with a 900-line function of
// 276 objects and 732 blocks: 144 s under ASan, at 2,060 steps after 8 s.
//
// Expected: bounded work. Either a cheaper step, or a per-function time limit (or a
// budget counted in work, e.g. ops x objects) that skips the function with
// "was not checked: its analysis ran out of ..." within a few seconds.
//
// Stack of the busy thread (gdb, attached after 8 s):
//   #0 join         analyzer/ownership.c:1167
//   #1 flow         analyzer/dataflow.c:58
//   #2 dataflow_run analyzer/dataflow.c:88
//   #3 own_check    analyzer/ownership.c:1230
//   #4 analyse_file analyzer/main.c:277
#include <stdlib.h>

int cond(void);

#define NEW(i) char *p##i = malloc(i + 1);
#define SWAP(i) if (cond()) { free(p##i); p##i = malloc(1); }
#define FREE(i) free(p##i);
int f(int n) {
  NEW(0) NEW(1) NEW(2) NEW(3) NEW(4) NEW(5) NEW(6) NEW(7) NEW(8) NEW(9) 
  NEW(10) NEW(11) NEW(12) NEW(13) NEW(14) NEW(15) NEW(16) NEW(17) NEW(18) NEW(19) 
  NEW(20) NEW(21) NEW(22) NEW(23) NEW(24) NEW(25) NEW(26) NEW(27) NEW(28) NEW(29) 
  NEW(30) NEW(31) NEW(32) NEW(33) NEW(34) NEW(35) NEW(36) NEW(37) NEW(38) NEW(39) 
  NEW(40) NEW(41) NEW(42) NEW(43) NEW(44) NEW(45) NEW(46) NEW(47) NEW(48) NEW(49) 
  NEW(50) NEW(51) NEW(52) NEW(53) NEW(54) NEW(55) NEW(56) NEW(57) NEW(58) NEW(59) 
  NEW(60) NEW(61) NEW(62) NEW(63) NEW(64) NEW(65) NEW(66) NEW(67) NEW(68) NEW(69) 
  NEW(70) NEW(71) NEW(72) NEW(73) NEW(74) NEW(75) NEW(76) NEW(77) NEW(78) NEW(79) 
  NEW(80) NEW(81) NEW(82) NEW(83) NEW(84) NEW(85) NEW(86) NEW(87) NEW(88) NEW(89) 
  NEW(90) NEW(91) NEW(92) NEW(93) NEW(94) NEW(95) NEW(96) NEW(97) NEW(98) NEW(99) 
  NEW(100) NEW(101) NEW(102) NEW(103) NEW(104) NEW(105) NEW(106) NEW(107) NEW(108) NEW(109) 
  NEW(110) NEW(111) NEW(112) NEW(113) NEW(114) NEW(115) NEW(116) NEW(117) NEW(118) NEW(119) 
  NEW(120) NEW(121) NEW(122) NEW(123) NEW(124) NEW(125) NEW(126) NEW(127) NEW(128) NEW(129) 
  NEW(130) NEW(131) NEW(132) NEW(133) NEW(134) NEW(135) NEW(136) NEW(137) NEW(138) NEW(139) 
  NEW(140) NEW(141) NEW(142) NEW(143) NEW(144) NEW(145) NEW(146) NEW(147) NEW(148) NEW(149) 
  NEW(150) NEW(151) NEW(152) NEW(153) NEW(154) NEW(155) NEW(156) NEW(157) NEW(158) NEW(159) 
  NEW(160) NEW(161) NEW(162) NEW(163) NEW(164) NEW(165) NEW(166) NEW(167) NEW(168) NEW(169) 
  NEW(170) NEW(171) NEW(172) NEW(173) NEW(174) NEW(175) NEW(176) NEW(177) NEW(178) NEW(179) 
  NEW(180) NEW(181) NEW(182) NEW(183) NEW(184) NEW(185) NEW(186) NEW(187) NEW(188) NEW(189) 
  NEW(190) NEW(191) NEW(192) NEW(193) NEW(194) NEW(195) NEW(196) NEW(197) NEW(198) NEW(199) 
  for (int i = 0; i < n; i++) {
  SWAP(0) SWAP(1) SWAP(2) SWAP(3) SWAP(4) SWAP(5) SWAP(6) SWAP(7) SWAP(8) SWAP(9) 
  SWAP(10) SWAP(11) SWAP(12) SWAP(13) SWAP(14) SWAP(15) SWAP(16) SWAP(17) SWAP(18) SWAP(19) 
  SWAP(20) SWAP(21) SWAP(22) SWAP(23) SWAP(24) SWAP(25) SWAP(26) SWAP(27) SWAP(28) SWAP(29) 
  SWAP(30) SWAP(31) SWAP(32) SWAP(33) SWAP(34) SWAP(35) SWAP(36) SWAP(37) SWAP(38) SWAP(39) 
  SWAP(40) SWAP(41) SWAP(42) SWAP(43) SWAP(44) SWAP(45) SWAP(46) SWAP(47) SWAP(48) SWAP(49) 
  SWAP(50) SWAP(51) SWAP(52) SWAP(53) SWAP(54) SWAP(55) SWAP(56) SWAP(57) SWAP(58) SWAP(59) 
  SWAP(60) SWAP(61) SWAP(62) SWAP(63) SWAP(64) SWAP(65) SWAP(66) SWAP(67) SWAP(68) SWAP(69) 
  SWAP(70) SWAP(71) SWAP(72) SWAP(73) SWAP(74) SWAP(75) SWAP(76) SWAP(77) SWAP(78) SWAP(79) 
  SWAP(80) SWAP(81) SWAP(82) SWAP(83) SWAP(84) SWAP(85) SWAP(86) SWAP(87) SWAP(88) SWAP(89) 
  SWAP(90) SWAP(91) SWAP(92) SWAP(93) SWAP(94) SWAP(95) SWAP(96) SWAP(97) SWAP(98) SWAP(99) 
  SWAP(100) SWAP(101) SWAP(102) SWAP(103) SWAP(104) SWAP(105) SWAP(106) SWAP(107) SWAP(108) SWAP(109) 
  SWAP(110) SWAP(111) SWAP(112) SWAP(113) SWAP(114) SWAP(115) SWAP(116) SWAP(117) SWAP(118) SWAP(119) 
  SWAP(120) SWAP(121) SWAP(122) SWAP(123) SWAP(124) SWAP(125) SWAP(126) SWAP(127) SWAP(128) SWAP(129) 
  SWAP(130) SWAP(131) SWAP(132) SWAP(133) SWAP(134) SWAP(135) SWAP(136) SWAP(137) SWAP(138) SWAP(139) 
  SWAP(140) SWAP(141) SWAP(142) SWAP(143) SWAP(144) SWAP(145) SWAP(146) SWAP(147) SWAP(148) SWAP(149) 
  SWAP(150) SWAP(151) SWAP(152) SWAP(153) SWAP(154) SWAP(155) SWAP(156) SWAP(157) SWAP(158) SWAP(159) 
  SWAP(160) SWAP(161) SWAP(162) SWAP(163) SWAP(164) SWAP(165) SWAP(166) SWAP(167) SWAP(168) SWAP(169) 
  SWAP(170) SWAP(171) SWAP(172) SWAP(173) SWAP(174) SWAP(175) SWAP(176) SWAP(177) SWAP(178) SWAP(179) 
  SWAP(180) SWAP(181) SWAP(182) SWAP(183) SWAP(184) SWAP(185) SWAP(186) SWAP(187) SWAP(188) SWAP(189) 
  SWAP(190) SWAP(191) SWAP(192) SWAP(193) SWAP(194) SWAP(195) SWAP(196) SWAP(197) SWAP(198) SWAP(199) 
  }
  FREE(0) FREE(1) FREE(2) FREE(3) FREE(4) FREE(5) FREE(6) FREE(7) FREE(8) FREE(9) 
  FREE(10) FREE(11) FREE(12) FREE(13) FREE(14) FREE(15) FREE(16) FREE(17) FREE(18) FREE(19) 
  FREE(20) FREE(21) FREE(22) FREE(23) FREE(24) FREE(25) FREE(26) FREE(27) FREE(28) FREE(29) 
  FREE(30) FREE(31) FREE(32) FREE(33) FREE(34) FREE(35) FREE(36) FREE(37) FREE(38) FREE(39) 
  FREE(40) FREE(41) FREE(42) FREE(43) FREE(44) FREE(45) FREE(46) FREE(47) FREE(48) FREE(49) 
  FREE(50) FREE(51) FREE(52) FREE(53) FREE(54) FREE(55) FREE(56) FREE(57) FREE(58) FREE(59) 
  FREE(60) FREE(61) FREE(62) FREE(63) FREE(64) FREE(65) FREE(66) FREE(67) FREE(68) FREE(69) 
  FREE(70) FREE(71) FREE(72) FREE(73) FREE(74) FREE(75) FREE(76) FREE(77) FREE(78) FREE(79) 
  FREE(80) FREE(81) FREE(82) FREE(83) FREE(84) FREE(85) FREE(86) FREE(87) FREE(88) FREE(89) 
  FREE(90) FREE(91) FREE(92) FREE(93) FREE(94) FREE(95) FREE(96) FREE(97) FREE(98) FREE(99) 
  FREE(100) FREE(101) FREE(102) FREE(103) FREE(104) FREE(105) FREE(106) FREE(107) FREE(108) FREE(109) 
  FREE(110) FREE(111) FREE(112) FREE(113) FREE(114) FREE(115) FREE(116) FREE(117) FREE(118) FREE(119) 
  FREE(120) FREE(121) FREE(122) FREE(123) FREE(124) FREE(125) FREE(126) FREE(127) FREE(128) FREE(129) 
  FREE(130) FREE(131) FREE(132) FREE(133) FREE(134) FREE(135) FREE(136) FREE(137) FREE(138) FREE(139) 
  FREE(140) FREE(141) FREE(142) FREE(143) FREE(144) FREE(145) FREE(146) FREE(147) FREE(148) FREE(149) 
  FREE(150) FREE(151) FREE(152) FREE(153) FREE(154) FREE(155) FREE(156) FREE(157) FREE(158) FREE(159) 
  FREE(160) FREE(161) FREE(162) FREE(163) FREE(164) FREE(165) FREE(166) FREE(167) FREE(168) FREE(169) 
  FREE(170) FREE(171) FREE(172) FREE(173) FREE(174) FREE(175) FREE(176) FREE(177) FREE(178) FREE(179) 
  FREE(180) FREE(181) FREE(182) FREE(183) FREE(184) FREE(185) FREE(186) FREE(187) FREE(188) FREE(189) 
  FREE(190) FREE(191) FREE(192) FREE(193) FREE(194) FREE(195) FREE(196) FREE(197) FREE(198) FREE(199) 
  return 0;
}
