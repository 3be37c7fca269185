/** Answers from memory whether the read models' processors have reached an event position. */
package io.rapport.query.app.progress;
