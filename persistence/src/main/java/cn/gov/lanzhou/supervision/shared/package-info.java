/**
 * Building blocks every feature's entities share: the versioned base class and the
 * business exception. Nothing feature-specific belongs here.
 */
package cn.gov.lanzhou.supervision.shared;
